package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A text sink gives back exactly what was written, across its blocks. */
class TextSinkTest {

  @Test
  void keepsEveryCharacterInOrder() {
    TextSink sink = new TextSink();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      String text = "item " + i + (i % 7 == 0 ? " \u00e9\u4e2d\n" : ",");
      if (i % 3 == 0) {
        sink.write(text.toCharArray(), 0, text.length());
      } else if (i % 3 == 1) {
        sink.write("<" + text + ">", 1, text.length());
      } else {
        for (int j = 0; j < text.length(); j++) {
          sink.write(text.charAt(j));
        }
      }
      expected.append(text);
    }
    assertEquals(expected.toString(), sink.toString());
  }

  @Test
  void keepsSurrogatesEvenWhenSplitOrAlone() {
    TextSink sink = new TextSink();
    String text = "ascii first, then \ud83d\ude00 and a lone \ud800 and more";
    int split = text.indexOf('\ude00');
    sink.write(text.toCharArray(), 0, split);
    sink.write(text.toCharArray(), split, text.length() - split);
    assertEquals(text, sink.toString());
  }

  @Test
  void aHighSurrogateEndingAPieceIsKept() {
    TextSink sink = new TextSink();
    sink.write("abc\ud83d".toCharArray(), 0, 4);
    sink.write("\ude00!".toCharArray(), 0, 2);
    assertEquals("abc\ud83d\ude00!", sink.toString());
  }

  @Test
  void anEmptySinkGivesAnEmptyText() {
    assertEquals("", new TextSink().toString());
  }
}
