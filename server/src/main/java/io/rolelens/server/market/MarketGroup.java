package io.rolelens.server.market;

import java.util.Arrays;

/**
 * What the index says about the postings of one title role in one quarter, duplicates left out: how
 * many there are, how many read as another role or were flagged, and their confusion scores,
 * sorted, for percentiles. Built once when the index is loaded; immutable and thread-safe.
 */
final class MarketGroup {
  static final MarketGroup EMPTY = new MarketGroup(0, 0, 0, new int[0]);

  private final int postings;
  private final int readAsAnotherRole;
  private final int flagged;
  private final int[] scores;

  private MarketGroup(int postings, int readAsAnotherRole, int flagged, int[] sortedScores) {
    assert readAsAnotherRole <= postings && flagged <= postings && sortedScores.length <= postings;
    this.postings = postings;
    this.readAsAnotherRole = readAsAnotherRole;
    this.flagged = flagged;
    this.scores = sortedScores;
  }

  int postings() {
    return postings;
  }

  int readAsAnotherRole() {
    return readAsAnotherRole;
  }

  int flagged() {
    return flagged;
  }

  /**
   * Where {@code score} falls among the group's confusion scores, 0–100: the share of them below
   * it, counting those equal to it as half below (the mid-rank), so a posting like all the others
   * sits at 50. Null when the group has no scored posting (every one unclear).
   */
  Integer percentile(int score) {
    if (scores.length == 0) {
      return null;
    }
    int below = firstAtLeast(score);
    int equal = firstAtLeast(score + 1) - below;
    return (int) Math.round(100.0 * (below + equal / 2.0) / scores.length);
  }

  private int firstAtLeast(int score) {
    int lo = 0;
    int hi = scores.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (scores[mid] < score) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Counts postings one at a time while the index is read. Not thread-safe. */
  static final class Tally {
    private int postings;
    private int readAsAnotherRole;
    private int flagged;
    private int[] scores = new int[16];
    private int scored;

    /**
     * @param anotherRole whether the body reads as a role other than the title's
     * @param flagged whether the verdict is mixed or mismatch
     * @param score the confusion score, or null when the posting was unclear
     */
    void add(boolean anotherRole, boolean flagged, Integer score) {
      postings++;
      readAsAnotherRole += anotherRole ? 1 : 0;
      this.flagged += flagged ? 1 : 0;
      if (score != null) {
        if (scored == scores.length) {
          scores = Arrays.copyOf(scores, scored * 2);
        }
        scores[scored++] = score;
      }
    }

    MarketGroup build() {
      int[] sorted = Arrays.copyOf(scores, scored);
      Arrays.sort(sorted);
      return new MarketGroup(postings, readAsAnotherRole, flagged, sorted);
    }
  }
}
