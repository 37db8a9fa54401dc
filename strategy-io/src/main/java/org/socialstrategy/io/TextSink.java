package org.socialstrategy.io;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects written text and makes one string of it at the end, with less copying than a {@link
 * java.io.StringWriter}, which copies its whole buffer each time it grows and narrows its
 * characters one by one. Text in ASCII, as strategy files mostly are, is kept one byte per
 * character in blocks, half the memory of characters: each piece written is narrowed and checked in
 * bulk copies that the JVM vectorizes (a string of it, then its UTF-8 bytes, which are as many as
 * its characters only when all are ASCII). From the first piece that is not ASCII on, the text is
 * kept as characters.
 */
final class TextSink extends Writer {

  private static final int BLOCK = 1 << 16;

  private final List<byte[]> full = new ArrayList<>();
  private byte[] block = new byte[BLOCK];
  private int used;

  /** The text from the first piece that is not ASCII on, or null before it. */
  private StringBuilder wide;

  @Override
  public void write(char[] chars, int offset, int length) {
    if (wide == null) {
      byte[] ascii = new String(chars, offset, length).getBytes(StandardCharsets.UTF_8);
      if (ascii.length == length) {
        for (int copied = 0; copied < length; ) {
          int count = Math.min(length - copied, room());
          System.arraycopy(ascii, copied, block, used, count);
          used += count;
          copied += count;
        }
        return;
      }
      wide = new StringBuilder();
    }
    wide.append(chars, offset, length);
  }

  @Override
  public void write(String text, int offset, int length) {
    char[] chars = new char[length];
    text.getChars(offset, offset + length, chars, 0);
    write(chars, 0, length);
  }

  @Override
  public void write(int character) {
    write(new char[] {(char) character}, 0, 1);
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
