package io.rolelens.batch.mine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the table's n-grams by {@linkplain LogLikelihood#g2 G²}, keeping only those that could be
 * lexicon phrases: more frequent per posting in the foreground than in the background, neither
 * starting nor ending with a stop word (which also drops stop-word-only n-grams), at least as
 * significant as asked, and not nearly always part of one longer listable n-gram: an n-gram whose
 * foreground postings hold a longer one in at least {@value #ABSORBED} of cases ("functional team"
 * in "cross functional team") adds nothing a maintainer would not see in the longer one. Immutable;
 * each {@link #rank} call makes its own.
 */
final class Ranking {
  /**
   * A shorter n-gram whose foreground postings are at least this share of a longer one's is left
   * out.
   */
  static final double ABSORBED = 0.9;

  /**
   * An n-gram of the table with its score.
   *
   * @param n its length in words
   * @param id its number among the table's n-grams of that length
   */
  record Candidate(int n, int id, double score, int foreground, int background) {}

  private final NgramTable table;
  private final Vocabulary words;
  private final int foreground;
  private final int background;
  private final double minScore;

  private Ranking(
      NgramTable table, Vocabulary words, int foreground, int background, double minScore) {
    this.table = table;
    this.words = words;
    this.foreground = foreground;
    this.background = background;
    this.minScore = minScore;
  }

  /**
   * The listable n-grams of {@code minWords} to {@code maxWords} words scoring at least {@code
   * minScore}, highest G² first.
   */
  static List<Candidate> rank(
      NgramTable table,
      Vocabulary words,
      int foreground,
      int background,
      int minWords,
      int maxWords,
      double minScore) {
    Ranking ranking = new Ranking(table, words, foreground, background, minScore);
    BitSet[] absorbed = ranking.absorbed(minWords, maxWords);
    List<Candidate> ranked = new ArrayList<>();
    for (int n = minWords; n <= maxWords; n++) {
      for (int id = 0; id < table.size(n); id++) {
        if (!absorbed[n].get(id) && ranking.listable(n, id)) {
          int a = table.foreground(n, id);
          int b = table.background(n, id);
          ranked.add(new Candidate(n, id, LogLikelihood.g2(a, foreground, b, background), a, b));
        }
      }
    }
    // Ties fall to the more frequent, then the shorter, then table order, which depends only on the
    // index.
    ranked.sort(
        Comparator.comparingDouble(Candidate::score)
            .reversed()
            .thenComparing(Comparator.comparingInt(Candidate::foreground).reversed())
            .thenComparingInt(Candidate::n)
            .thenComparingInt(Candidate::id));
    return ranked;
  }

  /**
   * Over-represented in the foreground, significant enough, and with no stop word at either end.
   */
  private boolean listable(int n, int id) {
    int a = table.foreground(n, id);
    int b = table.background(n, id);
    if (!LogLikelihood.overRepresented(a, foreground, b, background)
        || LogLikelihood.g2(a, foreground, b, background) < minScore) {
      return false;
    }
    int[] w = table.words(n, id);
    return !words.isStop(w[0]) && !words.isStop(w[n - 1]);
  }

  /** For each length, the n-grams nearly always seen inside one listable longer n-gram. */
  private BitSet[] absorbed(int minWords, int maxWords) {
    BitSet[] absorbed = new BitSet[maxWords + 1];
    for (int n = 0; n <= maxWords; n++) {
      absorbed[n] = new BitSet();
    }
    for (int n = minWords + 1; n <= maxWords; n++) {
      for (int id = 0; id < table.size(n); id++) {
        if (!listable(n, id)) {
          continue;
        }
        int[] w = table.words(n, id);
        int longer = table.foreground(n, id);
        for (int length = minWords; length < n; length++) {
          for (int from = 0; from + length <= n; from++) {
            int shorter = table.find(w, from, length);
            if (shorter >= 0 && longer >= ABSORBED * table.foreground(length, shorter)) {
              absorbed[length].set(shorter);
            }
          }
        }
      }
    }
    return absorbed;
  }
}
