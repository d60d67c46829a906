package io.rolelens.batch.mine;

import java.util.Arrays;

/**
 * Numbers distinct {@code long} keys 0, 1, 2, … in the order they are first added, in an
 * open-addressing table of primitives: about 20 bytes per key and no object per entry, so the
 * millions of n-grams a large foreground holds fit in a modest heap. Not thread-safe.
 */
final class LongIndex {
  private static final int EMPTY = 0;

  /** Index + 1 of the key in each slot, or {@link #EMPTY}. */
  private int[] slots;

  private long[] keys;
  private int size;

  /** An empty index sized for about {@code expected} keys before it grows. */
  LongIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new int[capacity];
    keys = new long[Math.max(16, expected)];
  }

  /** The number of {@code key}, or -1 when it was never added. */
  int find(long key) {
    int mask = slots.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == EMPTY) {
        return -1;
      }
      if (keys[s - 1] == key) {
        return s - 1;
      }
    }
  }

  /** The number of {@code key}, adding it (with the next number) when it is new. */
  int add(long key) {
    int mask = slots.length - 1;
    int i = slot(key, mask);
    for (; slots[i] != EMPTY; i = (i + 1) & mask) {
      if (keys[slots[i] - 1] == key) {
        return slots[i] - 1;
      }
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size + (size >> 1));
    }
    keys[size] = key;
    slots[i] = ++size;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return size - 1;
  }

  /** The key numbered {@code index}. */
  long key(int index) {
    assert index >= 0 && index < size : index;
    return keys[index];
  }

  /** How many keys were added. */
  int size() {
    return size;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    int mask = capacity - 1;
    for (int k = 0; k < size; k++) {
      int i = slot(keys[k], mask);
      while (slots[i] != EMPTY) {
        i = (i + 1) & mask;
      }
      slots[i] = k + 1;
    }
  }

  /**
   * A well-mixed slot for {@code key} (the finaliser of MurmurHash3), so packed keys spread evenly.
   */
  static int slot(long key, int mask) {
    return (int) mix(key) & mask;
  }

  /** MurmurHash3's 64-bit finaliser: every bit of the key moves every bit of the hash. */
  static long mix(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
