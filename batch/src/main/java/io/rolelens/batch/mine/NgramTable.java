package io.rolelens.batch.mine;

import java.util.Arrays;

/**
 * The word n-grams (1 to {@link #maxN()} words, never across a {@link WordCodes#BREAK}) that occur
 * in enough foreground postings, each with the number of foreground and of background postings
 * holding it. The n-grams of each length are numbered 0, 1, 2, …: a single word by its {@link
 * Vocabulary} id, a longer n-gram by the pair (number of its first n-1 words, its last word) packed
 * into one {@code long}. Only an n-gram whose first and last n-1 words both made the table can make
 * it (the Apriori property: a posting holding the longer one holds both), which keeps counting to
 * what can matter. Built by {@link FrequentNgrams}; not thread-safe.
 */
final class NgramTable {
  private final int wordLimit;
  private final int maxN;
  private final LongIndex[] keys;
  private final int[][] foreground;
  private final int[][] background;
  private final int[][] lastPosting;
  private final int[] minPostings;
  private int[][] scratch = new int[0][];

  /**
   * An empty table for n-grams of at most {@code maxN} words over word ids below {@code wordLimit}.
   */
  NgramTable(int wordLimit, int maxN) {
    this.wordLimit = wordLimit;
    this.maxN = maxN;
    keys = new LongIndex[maxN + 1];
    foreground = new int[maxN + 1][];
    background = new int[maxN + 1][];
    lastPosting = new int[maxN + 1][];
    minPostings = new int[maxN + 1];
  }

  /** Adds the n-grams of length {@code n} (keys in id order) with their foreground counts. */
  void addLevel(int n, long[] levelKeys, int[] counts, int minimum) {
    assert n >= 1 && n <= maxN && keys[n] == null && levelKeys.length == counts.length;
    LongIndex index = new LongIndex(levelKeys.length);
    for (long key : levelKeys) {
      index.add(key);
    }
    keys[n] = index;
    foreground[n] = counts.clone();
    background[n] = new int[counts.length];
    lastPosting[n] = new int[counts.length];
    Arrays.fill(lastPosting[n], -1);
    minPostings[n] = minimum;
  }

  /** The longest n-grams counted. */
  int maxN() {
    return maxN;
  }

  /** How many n-grams of length {@code n} made the table. */
  int size(int n) {
    return keys[n].size();
  }

  /**
   * The fewest foreground postings an n-gram of length {@code n} needed (raised above the minimum
   * by a cap).
   */
  int minPostings(int n) {
    return minPostings[n];
  }

  /** Foreground postings holding n-gram {@code id} of length {@code n}. */
  int foreground(int n, int id) {
    return foreground[n][id];
  }

  /** Background postings holding n-gram {@code id} of length {@code n}. */
  int background(int n, int id) {
    return background[n][id];
  }

  /** The word ids of n-gram {@code id} of length {@code n}, in order. */
  int[] words(int n, int id) {
    int[] words = new int[n];
    for (int level = n, current = id; level >= 1; level--) {
      long key = keys[level].key(current);
      words[level - 1] = level == 1 ? (int) key : (int) (key % wordLimit);
      current = level == 1 ? -1 : (int) (key / wordLimit);
    }
    return words;
  }

  /**
   * The id of the n-gram made of {@code words[from, from + n)}, or -1 when it is not in the table.
   */
  int find(int[] words, int from, int n) {
    int id = -1;
    for (int level = 1; level <= n; level++) {
      int word = words[from + level - 1];
      if (word < 0 || word >= wordLimit) {
        return -1;
      }
      id = keys[level].find(key(level, id, word));
      if (id < 0) {
        return -1;
      }
    }
    return id;
  }

  /**
   * The key of the n-gram of length {@code n} starting at token {@code i}, given the ids of the
   * (n-1)-grams at each token ({@code shorter}, unused for n = 1); -1 when no n-gram of the table's
   * words, with both its (n-1)-grams in the table, starts there.
   */
  long startKey(int n, int[] codes, int[] shorter, int i) {
    if (n == 1) {
      int word = WordCodes.word(codes[i]);
      return word < wordLimit ? word : -1;
    }
    if (i + 1 >= codes.length
        || shorter[i] < 0
        || shorter[i + 1] < 0
        || !WordCodes.joined(codes[i + 1])) {
      return -1;
    }
    return key(n, shorter[i], WordCodes.word(codes[i + n - 1]));
  }

  /**
   * Fills {@code out} with the id of the table's n-gram of length {@code n} at each token, or -1.
   */
  int[] ids(int n, int[] codes, int[] shorter, int[] out) {
    for (int i = 0; i < codes.length; i++) {
      long key = startKey(n, codes, shorter, i);
      out[i] = key < 0 ? -1 : keys[n].find(key);
    }
    return out;
  }

  /**
   * The ids of every length's n-grams at every token of one posting, as {@code [n][token]}; the
   * arrays are reused by the next call.
   */
  int[][] allIds(int[] codes) {
    if (scratch.length == 0 || scratch[1].length < codes.length) {
      scratch = new int[maxN + 1][Math.max(codes.length, 256)];
    }
    for (int n = 1; n <= maxN; n++) {
      ids(n, codes, scratch[n - 1], scratch[n]);
    }
    return scratch;
  }

  /**
   * Counts one background posting (numbered {@code posting}, each number once) for every n-gram it
   * holds.
   */
  void countBackground(int[] codes, int posting) {
    int[][] ids = allIds(codes);
    for (int n = 1; n <= maxN; n++) {
      int[] seen = lastPosting[n];
      for (int i = 0; i < codes.length; i++) {
        int id = ids[n][i];
        if (id >= 0 && seen[id] != posting) {
          seen[id] = posting;
          background[n][id]++;
        }
      }
    }
  }

  private long key(int n, int prefix, int word) {
    return n == 1 ? word : (long) prefix * wordLimit + word;
  }
}
