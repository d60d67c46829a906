package io.rolelens.batch.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The postings a report is computed from, read once from the index (duplicates left out) and
 * grouped the ways its sections need them. The groups per title role and their figures per quarter
 * are computed once, here; sections look them up. Immutable once built, so safe to share.
 */
final class ReportFacts {
  private static final Stats NONE = Stats.of(List.of());

  private final String quarter;
  private final TreeSet<String> quarters;
  private final Map<String, List<PostingFacts>> byQuarter;
  private final List<PostingFacts> scope;
  private final List<PostingFacts> titled;
  private final Map<String, List<PostingFacts>> titledByRole;
  private final Map<String, Map<String, Stats>> statsByQuarter;

  /**
   * @param quarter the quarter reported, or null for every quarter
   * @param quarters every quarter in the index, in order
   * @param byQuarter the postings titled as one of the three roles, per quarter (every quarter)
   * @param scope every posting in the report's scope (its quarter, or all)
   * @param titled the postings in scope whose title names one of the three roles
   */
  ReportFacts(
      String quarter,
      TreeSet<String> quarters,
      Map<String, List<PostingFacts>> byQuarter,
      List<PostingFacts> scope,
      List<PostingFacts> titled) {
    this.quarter = quarter;
    this.quarters = quarters;
    this.byQuarter = byQuarter;
    this.scope = scope;
    this.titled = titled;
    this.titledByRole = byRole(titled);
    Map<String, Map<String, Stats>> stats = new HashMap<>();
    byQuarter.forEach(
        (q, postings) -> {
          Map<String, Stats> ofRole = new HashMap<>();
          byRole(postings).forEach((role, group) -> ofRole.put(role, Stats.of(group)));
          stats.put(q, Map.copyOf(ofRole));
        });
    this.statsByQuarter = Map.copyOf(stats);
  }

  /** The quarter reported, or null for every quarter. */
  String quarter() {
    return quarter;
  }

  /** Every quarter in the index, in order. */
  TreeSet<String> quarters() {
    return quarters;
  }

  /** The postings titled as one of the three roles, per quarter (every quarter). */
  Map<String, List<PostingFacts>> byQuarter() {
    return byQuarter;
  }

  /** Every posting in the report's scope (its quarter, or all). */
  List<PostingFacts> scope() {
    return scope;
  }

  /** The postings in scope whose title names one of the three roles. */
  List<PostingFacts> titled() {
    return titled;
  }

  /** The quarters the headline reports: the one asked for, or every quarter in the index. */
  TreeSet<String> reportedQuarters() {
    return quarter == null ? quarters : new TreeSet<>(List.of(quarter));
  }

  /** The postings in scope titled {@code role}, in the order of {@link #titled()}. */
  List<PostingFacts> titled(String role) {
    return titledByRole.getOrDefault(role, List.of());
  }

  /** The figures of the postings titled {@code role} in {@code quarter} (none when it has none). */
  Stats stats(String quarter, String role) {
    return statsByQuarter.getOrDefault(quarter, Map.of()).getOrDefault(role, NONE);
  }

  /**
   * {@code postings} by title role, each group unmodifiable and in the order of {@code postings}.
   */
  private static Map<String, List<PostingFacts>> byRole(List<PostingFacts> postings) {
    return Map.copyOf(
        postings.stream()
            .collect(
                Collectors.groupingBy(
                    PostingFacts::titleRole,
                    Collectors.collectingAndThen(Collectors.toList(), List::copyOf))));
  }
}
