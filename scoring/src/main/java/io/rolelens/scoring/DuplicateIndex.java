package io.rolelens.scoring;

import java.util.Arrays;

/**
 * Remembers the first posting seen with each description fingerprint (or, for {@link RepeatedIds},
 * the first row seen with each id fingerprint), in an open-addressing table of primitive longs:
 * about 24 bytes per distinct description plus its id, with no object per entry, so millions of
 * postings fit in a modest heap. Not thread-safe: use it from the one thread that writes the output
 * in input order.
 */
public final class DuplicateIndex {
  private long[] hashes = new long[1 << 12];
  private int[] idRefs = new int[1 << 12];
  private boolean[] used = new boolean[1 << 12];
  private final IdStore ids = new IdStore();
  private int size;

  /**
   * Records {@code id} for {@code hash} unless a posting was recorded for it before.
   *
   * @return the id of the earlier posting with the same fingerprint, or null when this is the first
   */
  public String firstOrRecord(long hash, String id) {
    int mask = hashes.length - 1;
    int i = (int) (hash ^ (hash >>> 32)) & mask;
    while (used[i]) {
      if (hashes[i] == hash) {
        return ids.get(idRefs[i]);
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    hashes[i] = hash;
    idRefs[i] = ids.add(id);
    if (++size * 2 > hashes.length) {
      grow();
    }
    return null;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldRefs = idRefs;
    boolean[] oldUsed = used;
    hashes = new long[oldHashes.length * 2];
    idRefs = new int[oldHashes.length * 2];
    used = new boolean[oldHashes.length * 2];
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      if (oldUsed[j]) {
        int i = (int) (oldHashes[j] ^ (oldHashes[j] >>> 32)) & mask;
        while (used[i]) {
          i = (i + 1) & mask;
        }
        used[i] = true;
        hashes[i] = oldHashes[j];
        idRefs[i] = oldRefs[j];
      }
    }
  }

  /** Ids packed as UTF-16 chars in one growing array, addressed by start offset. */
  private static final class IdStore {
    private char[] chars = new char[1 << 14];
    private int[] starts = new int[1 << 10];
    private int count;
    private int used;

    int add(String id) {
      if (used + id.length() > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + id.length()));
      }
      if (count + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      id.getChars(0, id.length(), chars, used);
      starts[count] = used;
      used += id.length();
      starts[count + 1] = used;
      return count++;
    }

    String get(int ref) {
      return new String(chars, starts[ref], starts[ref + 1] - starts[ref]);
    }
  }
}
