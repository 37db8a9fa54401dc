package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Equal short texts of a document are one instance; the table never changes a text. */
class TextsTest {

  private static String intern(Texts texts, String text) {
    char[] buffer = ("  " + text + "  ").toCharArray();
    return texts.intern(buffer, 2, text.length());
  }

  @Test
  void equalTextsShareOneInstance() {
    Texts texts = new Texts(Set.of());
    String first = intern(texts, "fb-shop");
    assertEquals("fb-shop", first);
    assertSame(first, intern(texts, "fb-shop"));
    assertSame(first, texts.intern(new String("fb-shop")));
    assertEquals("fb-sho", intern(texts, "fb-sho"));
    assertEquals("", intern(texts, ""));
  }

  @Test
  void knownTextsAreTheInstancesGiven() {
    String name = new String("supports");
    Texts texts = new Texts(List.of(name));
    assertSame(name, intern(texts, "supports"));
    assertSame(name, texts.intern("supports"));
  }

  @Test
  void longTextsAreNotKept() {
    Texts texts = new Texts(Set.of());
    String text = "x".repeat(Texts.MAX_LENGTH + 1);
    String first = intern(texts, text);
    assertEquals(text, first);
    assertNotSame(first, intern(texts, text));
  }

  @Test
  void manyTextsStayDistinct() {
    Texts texts = new Texts(Set.of());
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      kept.add(intern(texts, "tactic-" + i));
    }
    for (int i = 0; i < 10_000; i++) {
      assertSame(kept.get(i), intern(texts, "tactic-" + i));
    }
  }
}
