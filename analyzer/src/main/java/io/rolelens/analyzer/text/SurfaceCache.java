package io.rolelens.analyzer.text;

import java.util.Locale;

/**
 * A direct-mapped cache from a word exactly as written to its term id, probed with the word's
 * characters in place so that the common case (a word seen before) allocates nothing. One per
 * analyzer, shared by every thread, so it is warm for any thread that calls (a server's request
 * threads, virtual threads). Thread-safe without locks: each slot holds one immutable entry, and a
 * racing write only replaces an entry with another correct one.
 */
final class SurfaceCache {
  private static final int SIZE = 1 << 15;
  private static final int MASK = SIZE - 1;

  private record Entry(String surface, int id) {}

  private final Entry[] slots = new Entry[SIZE];

  /** The term id of {@code text[start, end)}, from the cache or else from the normalizer. */
  int termId(String text, int start, int end, TermNormalizer normalizer) {
    int length = end - start;
    int hash = 0;
    for (int k = start; k < end; k++) {
      hash = 31 * hash + text.charAt(k);
    }
    int slot = (hash ^ (hash >>> 15)) & MASK;
    Entry entry = slots[slot];
    if (entry != null
        && entry.surface.length() == length
        && text.regionMatches(start, entry.surface, 0, length)) {
      return entry.id;
    }
    String surface = text.substring(start, end);
    int id = normalizer.termId(surface.toLowerCase(Locale.ROOT));
    slots[slot] = new Entry(surface, id);
    return id;
  }
}
