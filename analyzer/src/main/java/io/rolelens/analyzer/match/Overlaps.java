package io.rolelens.analyzer.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the longest of overlapping candidates, so each word is highlighted by at most one phrase.
 */
final class Overlaps {
  private static final Comparator<Candidate> PREFERENCE =
      Comparator.comparingInt(Candidate::tokenSpan)
          .thenComparingInt(c -> c.pattern().length())
          .thenComparingDouble(c -> c.pattern().entry().weight())
          .reversed()
          .thenComparingInt(Candidate::first)
          .thenComparing(c -> c.pattern().entry().id());

  private Overlaps() {}

  static List<Candidate> resolve(List<Candidate> candidates, int tokenCount) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PREFERENCE);
    boolean[] taken = new boolean[tokenCount];
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      if (free(taken, c)) {
        for (int t = c.first(); t <= c.last(); t++) {
          taken[t] = true;
        }
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::first));
    return kept;
  }

  private static boolean free(boolean[] taken, Candidate c) {
    for (int t = c.first(); t <= c.last(); t++) {
      if (taken[t]) {
        return false;
      }
    }
    return true;
  }
}
