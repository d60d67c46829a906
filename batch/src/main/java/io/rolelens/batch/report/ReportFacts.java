package io.rolelens.batch.report;

import io.rolelens.scoring.Quarters;
import io.rolelens.scoring.tally.ExamplePosting;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.Tally;
import io.rolelens.scoring.tally.TallyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The tallies a report is computed from, seen through its scope (one quarter, or every quarter and
 * the undated postings): sections ask for a table summed over the scope, or for one quarter's
 * figures. Immutable once built, so safe to share.
 */
final class ReportFacts {
  private final ReportTallies tallies;
  private final String quarter;
  private final TreeSet<String> quarters;
  private final SortedMap<List<String>, long[]> titledByQuarter;

  /**
   * @param tallies the tallies of every posting in the index or aggregates
   * @param quarter the quarter reported, or null for every quarter
   */
  ReportFacts(ReportTallies tallies, String quarter) {
    this.tallies = tallies;
    this.quarter = quarter;
    this.quarters = new TreeSet<>();
    tallies.table(Tally.MATRIX).rows().keySet().stream()
        .map(key -> key.get(0))
        .filter(Quarters::isQuarter)
        .forEach(quarters::add);
    this.titledByQuarter =
        tallies.table(Tally.GROUPS).sum(key -> key.get(2).equals(ReportTallies.ALL), 0);
  }

  /** The quarter reported, or null for every quarter. */
  String quarter() {
    return quarter;
  }

  /** Every quarter with postings, in order. */
  TreeSet<String> quarters() {
    return quarters;
  }

  /** The quarters the headline reports: the one asked for, or every quarter with postings. */
  TreeSet<String> reportedQuarters() {
    return quarter == null ? quarters : new TreeSet<>(List.of(quarter));
  }

  /** Whether a posting of {@code q} is in the report's scope. */
  boolean inScope(String q) {
    return quarter == null || quarter.equals(q);
  }

  /**
   * The rows of table {@code tally} in scope, added up over the quarters, keyed by the rest of
   * their key.
   */
  SortedMap<List<String>, long[]> scoped(Tally tally) {
    return tallies.table(tally).sum(key -> inScope(key.get(0)), 1);
  }

  /**
   * The rows of table {@code tally} in scope whose key (after the quarter) starts with {@code
   * prefix}, keyed by the rest.
   */
  SortedMap<List<String>, long[]> scoped(Tally tally, List<String> prefix) {
    TallyTable table = tallies.table(tally);
    Predicate<List<String>> keep =
        key -> inScope(key.get(0)) && key.subList(1, 1 + prefix.size()).equals(prefix);
    return table.sum(keep, 1 + prefix.size());
  }

  /** The days each quarter's postings span, by quarter, for the quarters with dated postings. */
  SortedMap<String, QuarterSpan> spans() {
    SortedMap<String, QuarterSpan> spans = new TreeMap<>();
    tallies
        .table(Tally.DAYS)
        .rows()
        .forEach(
            (key, counts) -> {
              java.time.LocalDate day = java.time.LocalDate.parse(key.get(1));
              spans.merge(
                  key.get(0),
                  new QuarterSpan(key.get(0), day, day, counts[0]),
                  (a, b) ->
                      new QuarterSpan(
                          a.quarter(),
                          a.first().isBefore(b.first()) ? a.first() : b.first(),
                          a.last().isAfter(b.last()) ? a.last() : b.last(),
                          a.postings() + b.postings()));
            });
    return spans;
  }

  /** The postings titled {@code role} in scope. */
  long titled(String role) {
    return titledByQuarter.entrySet().stream()
        .filter(e -> inScope(e.getKey().get(0)) && e.getKey().get(1).equals(role))
        .mapToLong(e -> e.getValue()[0])
        .sum();
  }

  /** The figures of the postings titled {@code role} in {@code q} (none when it has none). */
  Stats stats(String q, String role) {
    return Stats.of(titledByQuarter.get(List.of(q, role, ReportTallies.ALL, "")));
  }

  /** The examples kept in scope, per mismatch kind, the most confused first. */
  SortedMap<String, List<ExamplePosting>> examples() {
    SortedMap<String, List<ExamplePosting>> byKind = new TreeMap<>();
    tallies
        .examples()
        .forEach(
            (key, kept) -> {
              if (inScope(key.get(0))) {
                byKind.computeIfAbsent(key.get(1), k -> new ArrayList<>()).addAll(kept);
              }
            });
    byKind.values().forEach(list -> list.sort(ExamplePosting.MOST_CONFUSED));
    return byKind;
  }

  /** How many examples per kind the tallies kept. */
  int examplesKept() {
    return tallies.examplesKept();
  }
}
