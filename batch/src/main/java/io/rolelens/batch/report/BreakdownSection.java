package io.rolelens.batch.report;

import io.rolelens.scoring.index.IndexFields;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.Tally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The largest groups of titled postings by one field (company, location, seniority) and how
 * confused each is.
 *
 * @param dimension the field a posting is grouped by, one of {@link ReportTallies#BREAKDOWNS}
 * @param title the table's title
 * @param top groups shown per title role
 * @param minCount the smallest group shown
 */
record BreakdownSection(String dimension, String title, int top, int minCount)
    implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      facts.scoped(Tally.GROUPS, List.of(role, dimension)).entrySet().stream()
          .filter(e -> e.getValue()[0] >= minCount && !e.getKey().get(0).equals(IndexFields.NONE))
          .sorted(
              Comparator.comparing((Map.Entry<List<String>, long[]> e) -> -e.getValue()[0])
                  .thenComparing(e -> e.getKey().get(0)))
          .limit(top)
          .forEach(
              e -> {
                Stats s = Stats.of(e.getValue());
                rows.add(
                    List.of(
                        role,
                        e.getKey().get(0),
                        s.postings(),
                        Stats.orBlank(s.otherRoleShare()),
                        Stats.orBlank(s.mismatchShare()),
                        Stats.orBlank(s.meanConfusion())));
              });
    }
    return new Table(
        "by_" + dimension,
        title,
        "Top "
            + top
            + " groups per title role by postings, groups of at least "
            + minCount
            + " postings only.",
        List.of(
            "title_role",
            dimension,
            "postings",
            "other_role_share",
            "mismatch_share",
            "mean_confusion"),
        rows);
  }
}
