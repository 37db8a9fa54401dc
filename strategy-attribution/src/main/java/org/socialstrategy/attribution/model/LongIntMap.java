package org.socialstrategy.attribution.model;

import java.util.Arrays;

/** An open-addressing map from long keys to int values 0 or more; not thread-safe. */
final class LongIntMap {

  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, -1);
  }

  int size() {
    return size;
  }

  /** Returns the value of the key, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      if (values[slot] < 0) {
        return -1;
      }
      if (keys[slot] == key) {
        return values[slot];
      }
    }
  }

  /** Returns the value of the key; when absent, puts {@code value} and returns it. */
  int putIfAbsent(long key, int value) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      if (values[slot] < 0) {
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
          grow();
        }
        return value;
      }
      if (keys[slot] == key) {
        return values[slot];
      }
    }
  }

  /** Spreads every bit of the key over the slot (the finalizer of MurmurHash3). */
  private static int slot(long key, int mask) {
    long h = key ^ (key >>> 33);
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[2 * oldKeys.length];
    values = new int[2 * oldValues.length];
    Arrays.fill(values, -1);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] >= 0) {
        int slot = slot(oldKeys[i], mask);
        while (values[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
