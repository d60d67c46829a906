package io.rolelens.batch.mine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the n-grams held by at least a minimum number of foreground postings, exactly and in
 * bounded memory: length by length (Apriori: an n-gram is counted only where both its (n-1)-grams
 * made the table), and, when more n-gram starts are left than one counting table should hold, in
 * several passes over the postings, each counting the n-grams of one hash partition. A length with
 * more frequent n-grams than its share of the candidate cap keeps the most frequent ones and says
 * so through {@link NgramTable#minPostings}. Stateless; each call works alone.
 */
final class FrequentNgrams {
  private FrequentNgrams() {}

  /**
   * Counts the n-grams of 1 to {@code maxN} words in {@code postings} (word codes held in memory).
   *
   * @param wordLimit every word id is below it
   * @param minPostings the fewest postings an n-gram must occur in
   * @param capPerLength the most n-grams of one length kept
   * @param tableCap the most distinct n-grams one counting pass holds
   */
  static NgramTable count(
      List<int[]> postings,
      int wordLimit,
      int maxN,
      int minPostings,
      int capPerLength,
      int tableCap) {
    NgramTable table = new NgramTable(wordLimit, maxN);
    List<int[]> shorter = new ArrayList<>(postings.size());
    for (int[] codes : postings) {
      shorter.add(new int[codes.length]);
    }
    for (int n = 1; n <= maxN; n++) {
      Level level = countLength(table, n, postings, shorter, minPostings, tableCap);
      level = level.capped(capPerLength);
      table.addLevel(n, level.keys, level.postings, level.minimum);
      for (int p = 0; p < postings.size(); p++) {
        int[] codes = postings.get(p);
        shorter.set(p, table.ids(n, codes, shorter.get(p), new int[codes.length]));
      }
    }
    return table;
  }

  private static Level countLength(
      NgramTable table,
      int n,
      List<int[]> postings,
      List<int[]> shorter,
      int minimum,
      int tableCap) {
    long starts = 0;
    for (int p = 0; p < postings.size(); p++) {
      int[] codes = postings.get(p);
      for (int i = 0; i < codes.length; i++) {
        starts += table.startKey(n, codes, shorter.get(p), i) >= 0 ? 1 : 0;
      }
    }
    int parts = (int) Math.max(1, (starts + tableCap - 1) / tableCap);
    Level all = new Level(new long[0], new int[0], minimum);
    for (int part = 0; part < parts; part++) {
      all =
          all.plus(
              countPart(
                  table,
                  n,
                  postings,
                  shorter,
                  minimum,
                  parts,
                  part,
                  (int) Math.min(tableCap, starts / parts + 1)));
    }
    return all.sortedByKey();
  }

  private static Level countPart(
      NgramTable table,
      int n,
      List<int[]> postings,
      List<int[]> shorter,
      int minimum,
      int parts,
      int part,
      int expected) {
    LongIndex seen = new LongIndex(expected);
    int[] counts = new int[expected];
    int[] last = new int[expected];
    for (int p = 0; p < postings.size(); p++) {
      int[] codes = postings.get(p);
      for (int i = 0; i < codes.length; i++) {
        long key = table.startKey(n, codes, shorter.get(p), i);
        if (key < 0 || partOf(key, parts) != part) {
          continue;
        }
        int id = seen.add(key);
        if (id == counts.length) {
          counts = Arrays.copyOf(counts, id * 2);
          last = Arrays.copyOf(last, id * 2);
        }
        if (last[id] != p + 1) {
          last[id] = p + 1;
          counts[id]++;
        }
      }
    }
    int kept = 0;
    for (int id = 0; id < seen.size(); id++) {
      kept += counts[id] >= minimum ? 1 : 0;
    }
    long[] keys = new long[kept];
    int[] postingsHolding = new int[kept];
    for (int id = 0, k = 0; id < seen.size(); id++) {
      if (counts[id] >= minimum) {
        keys[k] = seen.key(id);
        postingsHolding[k++] = counts[id];
      }
    }
    return new Level(keys, postingsHolding, minimum);
  }

  /**
   * Which of {@code parts} passes counts {@code key}: high bits of the hash, the table slots use
   * the low ones.
   */
  private static int partOf(long key, int parts) {
    return parts == 1 ? 0 : (int) ((LongIndex.mix(key) >>> 33) % parts);
  }

  /** The frequent n-grams of one length: keys, the postings holding each, the minimum they met. */
  private record Level(long[] keys, int[] postings, int minimum) {
    Level plus(Level other) {
      long[] k = Arrays.copyOf(keys, keys.length + other.keys.length);
      System.arraycopy(other.keys, 0, k, keys.length, other.keys.length);
      int[] c = Arrays.copyOf(postings, postings.length + other.postings.length);
      System.arraycopy(other.postings, 0, c, postings.length, other.postings.length);
      return new Level(k, c, minimum);
    }

    /** The same n-grams in key order, so their ids do not depend on how counting was split. */
    Level sortedByKey() {
      Integer[] order = order();
      Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
      return pick(order, keys.length, minimum);
    }

    /**
     * At most {@code cap} n-grams: those held by the most postings, with the new minimum a whole
     * count (every n-gram at the cut is dropped), so the result does not depend on order.
     */
    Level capped(int cap) {
      if (keys.length <= cap) {
        return this;
      }
      int[] sorted = postings.clone();
      Arrays.sort(sorted);
      int raised = sorted[sorted.length - cap - 1] + 1;
      Integer[] order = order();
      int kept = 0;
      for (int c : postings) {
        kept += c >= raised ? 1 : 0;
      }
      Integer[] keptOrder =
          Arrays.stream(order).filter(i -> postings[i] >= raised).toArray(Integer[]::new);
      return pick(keptOrder, kept, raised);
    }

    private Integer[] order() {
      Integer[] order = new Integer[keys.length];
      Arrays.setAll(order, i -> i);
      return order;
    }

    private Level pick(Integer[] order, int size, int newMinimum) {
      long[] k = new long[size];
      int[] c = new int[size];
      for (int j = 0; j < size; j++) {
        k[j] = keys[order[j]];
        c[j] = postings[order[j]];
      }
      return new Level(k, c, newMinimum);
    }
  }
}
