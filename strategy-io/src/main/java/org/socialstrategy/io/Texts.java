package org.socialstrategy.io;

import java.util.Arrays;

/**
 * One instance per distinct short text of a document. A strategy file repeats most of its texts:
 * every reference repeats an id, and channels, functions, currencies, dates and periods come from
 * small sets. Sharing them saves a string per repeat, lets the decoder's lookups find the same
 * instance (whose hash is computed once), and makes a loaded strategy smaller. Texts are looked up
 * straight from the parser's buffer, so a repeat costs no allocation at all.
 *
 * <p>Only texts of up to {@link #MAX_LENGTH} characters are shared, and at most {@link #MAX_SIZE}
 * of them: a document of distinct texts gets new strings, as it would without this table.
 */
final class Texts {

  /** Longer texts (names, descriptions) rarely repeat. */
  static final int MAX_LENGTH = 64;

  /** The most texts kept, so that the table stays small beside the document. */
  static final int MAX_SIZE = 1 << 20;

  private String[] table = new String[1 << 10];
  private char[][] contents = new char[1 << 10][];
  private int[] hashes = new int[1 << 10];
  private int size;

  /**
   * Makes a table that already holds the given texts, so that reading them gives these instances.
   *
   * @param known texts to share, such as field names
   */
  Texts(Iterable<String> known) {
    for (String text : known) {
      intern(text);
    }
  }

  /**
   * Returns the shared instance of a text held in a buffer.
   *
   * @param chars the buffer
   * @param offset where the text starts
   * @param length its length
   * @return the text
   */
  String intern(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String text = table[slot];
      if (text == null) {
        return add(slot, hash, new String(chars, offset, length));
      }
      if (hashes[slot] == hash
          && Arrays.equals(
              contents[slot], 0, contents[slot].length, chars, offset, offset + length)) {
        return text;
      }
    }
  }

  /**
   * Returns the shared instance of a text.
   *
   * @param text the text
   * @return the instance equal to it
   */
  String intern(String text) {
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    int hash = text.hashCode();
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String known = table[slot];
      if (known == null) {
        return add(slot, hash, text);
      }
      if (known == text || (hashes[slot] == hash && known.equals(text))) {
        return known;
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private String add(int slot, int hash, String text) {
    if (size >= MAX_SIZE) {
      return text;
    }
    table[slot] = text;
    contents[slot] = text.toCharArray();
    hashes[slot] = hash;
    if (++size * 2 > table.length) {
      grow();
    }
    return text;
  }

  private void grow() {
    String[] oldTable = table;
    char[][] oldContents = contents;
    int[] oldHashes = hashes;
    table = new String[oldTable.length * 2];
    contents = new char[oldTable.length * 2][];
    hashes = new int[oldTable.length * 2];
    int mask = table.length - 1;
    for (int i = 0; i < oldTable.length; i++) {
      if (oldTable[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = oldTable[i];
        contents[slot] = oldContents[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
