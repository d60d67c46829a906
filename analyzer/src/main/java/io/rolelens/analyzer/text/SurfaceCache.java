package io.rolelens.analyzer.text;

import java.util.Locale;

/**
 * A direct-mapped cache from a word exactly as written to its term id, probed with the word's
 * characters in place so that the common case (a word seen before) allocates nothing. One per
 * thread (about 64 KB, small enough for a server's many request threads); not thread-safe.
 */
final class SurfaceCache {
  private static final int SIZE = 1 << 13;
  private static final int MASK = SIZE - 1;

  private final String[] keys = new String[SIZE];
  private final int[] ids = new int[SIZE];

  /** The term id of {@code text[start, end)}, from the cache or else from the normalizer. */
  int termId(String text, int start, int end, TermNormalizer normalizer) {
    int length = end - start;
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + text.charAt(k);
    }
    int slot = (hash ^ (hash >>> 15)) & MASK;
    String key = keys[slot];
    if (key != null && key.length() == length && text.regionMatches(start, key, 0, length)) {
      return ids[slot];
    }
    String surface = text.substring(start, end);
    int id = normalizer.termId(surface.toLowerCase(Locale.ROOT));
    keys[slot] = surface;
    ids[slot] = id;
    return id;
  }
}
