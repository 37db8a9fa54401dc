package org.socialstrategy.io;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects written text and makes one string of it at the end, with less copying than a {@link
 * java.io.StringWriter}, which copies its whole buffer each time it grows and narrows its
 * characters one by one. Text in ASCII, as strategy files mostly are, is kept one byte per
 * character in blocks, half the memory of characters, narrowed straight into them by the JDK's
 * ASCII encoder, whose loop the JVM vectorizes. From the first character that is not ASCII on, the
 * text is kept as characters.
 */
final class TextSink extends Writer {

  private static final int BLOCK = 1 << 16;

  /** Pieces up to this long, as a YAML emitter writes, are copied character by character. */
  private static final int SHORT = 32;

  private final List<byte[]> full = new ArrayList<>();
  private byte[] block = new byte[BLOCK];
  private int used;
  private final CharsetEncoder ascii = StandardCharsets.US_ASCII.newEncoder();

  /** Where a short string's characters are copied on their way into the block. */
  private final char[] scratch = new char[SHORT];

  /** The text from the first character that is not ASCII on, or null before it. */
  private StringBuilder wide;

  @Override
  public void write(char[] chars, int offset, int length) {
    if (wide == null && length <= SHORT && room() >= length) {
      int start = used;
      for (int i = 0; i < length; i++) {
        char character = chars[offset + i];
        if (character >= 0x80) {
          used = start;
          break;
        }
        block[used++] = (byte) character;
      }
      if (used - start == length) {
        return;
      }
    }
    if (wide == null) {
      CharBuffer in = CharBuffer.wrap(chars, offset, length);
      CoderResult result;
      do {
        room();
        ByteBuffer out = ByteBuffer.wrap(block, used, BLOCK - used);
        result = ascii.encode(in, out, false);
        used = out.position();
      } while (result.isOverflow());
      if (!in.hasRemaining()) {
        return;
      }
      wide = new StringBuilder();
      wide.append(chars, in.position(), offset + length - in.position());
      return;
    }
    wide.append(chars, offset, length);
  }

  @Override
  public void write(String text, int offset, int length) {
    if (wide != null) {
      wide.append(text, offset, offset + length);
      return;
    }
    char[] chars = length <= SHORT ? scratch : new char[length];
    text.getChars(offset, offset + length, chars, 0);
    write(chars, 0, length);
  }

  @Override
  public void write(int character) {
    if (wide == null && (char) character < 0x80) {
      room();
      block[used++] = (byte) character;
    } else {
      write(new char[] {(char) character}, 0, 1);
    }
  }

  /** Returns the room left in the current block, starting a new block when it is full. */
  private int room() {
    if (used == BLOCK) {
      full.add(block);
      block = new byte[BLOCK];
      used = 0;
    }
    return BLOCK - used;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /**
   * Returns the text written.
   *
   * @return the text
   */
  @Override
  public String toString() {
    byte[] narrow = new byte[full.size() * BLOCK + used];
    int at = 0;
    for (byte[] written : full) {
      System.arraycopy(written, 0, narrow, at, BLOCK);
      at += BLOCK;
    }
    System.arraycopy(block, 0, narrow, at, used);
    String text = new String(narrow, StandardCharsets.ISO_8859_1);
    return wide == null ? text : text + wide;
  }
}
