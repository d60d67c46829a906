package io.rolelens.batch.report;

import io.rolelens.scoring.tally.Tally;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
  /** The figures of a group's tallied counts ({@link Tally#GROUP_COUNTS} order); none when null. */
  static Stats of(long[] counts) {
    long[] c = counts == null ? new long[Tally.GROUP_COUNTS.size()] : counts;
    long called = c[1];
    long judged = c[3];
    return new Stats(
        (int) c[0],
        (int) called,
        called == 0 ? null : round((double) c[2] / called),
        judged == 0 ? null : round((double) c[4] / judged),
        judged == 0 ? null : round((double) c[5] / judged));
  }

  /**
   * To four decimals: a share is then shown as a whole percent from a value precise to 0.01 pp, so
   * rounding twice cannot move it a point (4/89 = 0.0449 shows as 4%, where 0.045 showed as 5%).
   */
  static Double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
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
      String group, Map<String, Long> postings, Map<String, Map<String, Long>> texts, long size) {
    return postings.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(
            e ->
                List.of(
                    group,
                    e.getKey(),
                    commonest(texts.get(e.getKey())),
                    Math.toIntExact(e.getValue()),
                    round((double) e.getValue() / size)));
  }

  /** The most frequent key of {@code counts} (the first in order among equals), or "" for none. */
  static String commonest(Map<String, Long> counts) {
    return counts == null
        ? ""
        : counts.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("");
  }

  /**
   * A scoped table's rows keyed by two key columns, such as phrase id and text, as nested maps of
   * the first count.
   */
  static Map<String, Map<String, Long>> nested(SortedMap<List<String>, long[]> rows) {
    Map<String, Map<String, Long>> nested = new TreeMap<>();
    rows.forEach(
        (key, counts) ->
            nested.computeIfAbsent(key.get(0), k -> new TreeMap<>()).put(key.get(1), counts[0]));
    return nested;
  }
}
