package io.rolelens.batch.report;

import io.rolelens.analyzer.score.Verdict;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Confusion figures over a group of postings.
 *
 * @param postings how many
 * @param called how many had a body role called
 * @param otherRoleShare of those called, the share whose body reads as a role other than the
 *     title's
 * @param mismatchShare of those judged (verdict not unclear), the share judged a mismatch
 * @param meanConfusion the mean confusion score of those judged, or null when none
 */
record Stats(
    int postings, int called, Double otherRoleShare, Double mismatchShare, Double meanConfusion) {
  static Stats of(Collection<PostingFacts> group) {
    int called = 0;
    int other = 0;
    int judged = 0;
    int mismatch = 0;
    long confusionSum = 0;
    for (PostingFacts p : group) {
      if (p.bodyCalled()) {
        called++;
        other += p.otherRole() ? 1 : 0;
      }
      if (p.confusion() != null) {
        judged++;
        confusionSum += p.confusion();
        mismatch += p.verdict() == Verdict.MISMATCH ? 1 : 0;
      }
    }
    return new Stats(
        group.size(),
        called,
        called == 0 ? null : round((double) other / called),
        judged == 0 ? null : round((double) mismatch / judged),
        judged == 0 ? null : round((double) confusionSum / judged));
  }

  static Double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** {@code now − before} in percentage points, or null when either is missing. */
  static Double changePoints(Double now, Double before) {
    return now == null || before == null ? null : round((now - before) * 100);
  }

  /** The number, or an empty cell for none. */
  static Object orBlank(Double d) {
    return d == null ? "" : d;
  }

  /**
   * A row per phrase id of {@code postings} (how many postings of the group mention each), the most
   * mentioned first, ties by id: the group, the id, the text it is most often found as in {@code
   * texts}, the count and its share of the group's {@code size} postings.
   */
  static Stream<List<Object>> phraseRows(
      String group,
      Map<String, int[]> postings,
      Map<String, Map<String, Integer>> texts,
      int size) {
    return postings.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                .thenComparing(Map.Entry::getKey))
        .map(
            e ->
                List.of(
                    group,
                    e.getKey(),
                    commonest(texts.get(e.getKey())),
                    e.getValue()[0],
                    round((double) e.getValue()[0] / size)));
  }

  /** The most frequent key of {@code counts} (the first in order among equals), or "" for none. */
  static String commonest(Map<String, Integer> counts) {
    return counts == null
        ? ""
        : counts.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("");
  }
}
