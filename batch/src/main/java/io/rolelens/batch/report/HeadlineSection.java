package io.rolelens.batch.report;

import io.rolelens.scoring.Quarters;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline figures: per quarter and title role, postings, the share read as another role and
 * the mean confusion, each against the quarter before.
 */
record HeadlineSection() implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String q : facts.reportedQuarters()) {
      String prev = Quarters.previous(q);
      for (String role : Roles.IDS) {
        Stats now = facts.stats(q, role);
        Stats before = facts.quarters().contains(prev) ? facts.stats(prev, role) : null;
        rows.add(
            List.of(
                q,
                role,
                now.postings(),
                before == null ? "" : (Object) (now.postings() - before.postings()),
                now.called(),
                Stats.orBlank(now.otherRoleShare()),
                before == null
                    ? ""
                    : Stats.orBlank(
                        Stats.changePoints(now.otherRoleShare(), before.otherRoleShare())),
                Stats.orBlank(now.mismatchShare()),
                Stats.orBlank(now.meanConfusion()),
                before == null
                    ? ""
                    : Stats.orBlank(
                        Stats.changePoints(
                            now.meanConfusion() == null ? null : now.meanConfusion() / 100,
                            before.meanConfusion() == null
                                ? null
                                : before.meanConfusion() / 100))));
      }
    }
    return new Table(
        "headline",
        "Headline figures",
        "Per quarter and title role; *_qoq columns compare with the quarter before (shares in"
            + " percentage points, postings in postings, confusion in score points)."
            + " other_role_share counts postings whose body reads as a different role among those"
            + " with a body role called.",
        List.of(
            "quarter",
            "title_role",
            "postings",
            "postings_qoq",
            "body_role_called",
            "other_role_share",
            "other_role_share_qoq_pp",
            "mismatch_share",
            "mean_confusion",
            "mean_confusion_qoq"),
        rows);
  }
}
