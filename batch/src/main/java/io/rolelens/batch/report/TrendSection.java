package io.rolelens.batch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The confusion trend over every quarter in the index, whatever the report's scope. */
record TrendSection() implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    return trend(facts.quarters(), facts.byQuarter());
  }

  private Table trend(TreeSet<String> quarters, Map<String, List<PostingFacts>> byQuarter) {
    List<List<Object>> rows = new ArrayList<>();
    for (String q : quarters) {
      for (String role : Roles.IDS) {
        Stats s = Stats.of(Stats.ofRole(byQuarter.getOrDefault(q, List.of()), role));
        rows.add(
            List.of(
                q,
                role,
                s.postings(),
                Stats.orBlank(s.otherRoleShare()),
                Stats.orBlank(s.mismatchShare()),
                Stats.orBlank(s.meanConfusion())));
      }
    }
    return new Table(
        "trend",
        "Confusion trend over all quarters",
        "Every quarter in the index, whatever the report's scope.",
        List.of(
            "quarter",
            "title_role",
            "postings",
            "other_role_share",
            "mismatch_share",
            "mean_confusion"),
        rows);
  }
}
