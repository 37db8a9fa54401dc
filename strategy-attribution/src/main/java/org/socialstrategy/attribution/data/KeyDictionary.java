package org.socialstrategy.attribution.data;

import java.util.Arrays;

/**
 * Interns touchpoint key texts (or journey ids) to small int ids, looked up from a {@link String}
 * or straight from a parser's character buffer, so that a key seen before costs no allocation. Open
 * addressing over ids; not thread-safe.
 */
final class KeyDictionary {

  private String[] names = new String[64];
  private int[] hashes = new int[64];
  private int size;
  private int[] slots = new int[128];
  private final int limit;
  private final String what;

  /**
   * Makes an empty dictionary.
   *
   * @param limit the most names it holds
   * @param what what it holds, for the message when full: "distinct touchpoint keys"
   */
  KeyDictionary(int limit, String what) {
    this.limit = limit;
    this.what = what;
  }

  int size() {
    return size;
  }

  String name(int id) {
    return names[id];
  }

  String[] names() {
    return Arrays.copyOf(names, size);
  }

  /** Returns the id of the name, adding it when new. */
  int intern(String name) {
    int hash = name.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return add(name, hash, slot);
      }
      if (hashes[entry - 1] == hash && names[entry - 1].equals(name)) {
        return entry - 1;
      }
    }
  }

  /** Returns the id of the characters' text, adding it when new. */
  int intern(char[] text, int offset, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + text[offset + i];
    }
    int mask = slots.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return add(new String(text, offset, length), hash, slot);
      }
      if (hashes[entry - 1] == hash && sameText(names[entry - 1], text, offset, length)) {
        return entry - 1;
      }
    }
  }

  /** Returns the id of the name, or -1 when it is not held. */
  int find(String name) {
    int hash = name.hashCode();
    int mask = slots.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if (hashes[entry - 1] == hash && names[entry - 1].equals(name)) {
        return entry - 1;
      }
    }
  }

  private static boolean sameText(String name, char[] text, int offset, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != text[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private int add(String name, int hash, int slot) {
    if (size >= limit) {
      throw new IllegalArgumentException("more than " + limit + " " + what);
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, 2 * size);
      hashes = Arrays.copyOf(hashes, 2 * size);
    }
    names[size] = name;
    hashes[size] = hash;
    slots[slot] = ++size;
    if (2 * size > slots.length) {
      rehash();
    }
    return size - 1;
  }

  private void rehash() {
    slots = new int[2 * slots.length];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = mix(hashes[id]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
