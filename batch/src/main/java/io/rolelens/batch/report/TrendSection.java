package io.rolelens.batch.report;

import java.util.ArrayList;
import java.util.List;

/** The confusion trend over every quarter in the index, whatever the report's scope. */
record TrendSection() implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String q : facts.quarters()) {
      for (String role : Roles.IDS) {
        Stats s = facts.stats(q, role);
        rows.add(
            List.of(
                q,
                role,
                s.postings(),
                s.called(),
                Stats.orBlank(s.otherRoleShare()),
                Stats.orBlank(s.mismatchShare()),
                Stats.orBlank(s.meanConfusion())));
      }
    }
    return new Table(
        "trend",
        "Confusion trend over all quarters",
        "Every quarter in the index, whatever the report's scope; body_role_called is the base of"
            + " other_role_share.",
        List.of(
            "quarter",
            "title_role",
            "postings",
            "body_role_called",
            "other_role_share",
            "mismatch_share",
            "mean_confusion"),
        rows);
  }
}
