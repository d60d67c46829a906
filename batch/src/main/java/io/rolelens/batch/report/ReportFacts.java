package io.rolelens.batch.report;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The postings a report is computed from, read once from the index (duplicates left out) and
 * grouped the ways its sections need them.
 *
 * @param quarter the quarter reported, or null for every quarter
 * @param quarters every quarter in the index, in order
 * @param byQuarter the postings titled as one of the three roles, per quarter (every quarter)
 * @param scope every posting in the report's scope (its quarter, or all)
 * @param titled the postings in scope whose title names one of the three roles
 */
record ReportFacts(
    String quarter,
    TreeSet<String> quarters,
    Map<String, List<PostingFacts>> byQuarter,
    List<PostingFacts> scope,
    List<PostingFacts> titled) {

  /** The quarters the headline reports: the one asked for, or every quarter in the index. */
  TreeSet<String> reportedQuarters() {
    return quarter == null ? quarters : new TreeSet<>(List.of(quarter));
  }

  /** The postings in scope titled {@code role}. */
  List<PostingFacts> titled(String role) {
    return Stats.ofRole(titled, role);
  }

  /** The figures of the postings titled {@code role} in {@code quarter} (none when it has none). */
  Stats stats(String quarter, String role) {
    return Stats.of(Stats.ofRole(byQuarter.getOrDefault(quarter, List.of()), role));
  }
}
