package io.rolelens.batch.report;

import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.Tally;
import java.util.ArrayList;
import java.util.List;

/**
 * How the titled postings whose body reads as one of the roles spread over confusion-score bands,
 * per title role; postings describing another job altogether (score 100 by definition) are counted
 * in a column of their own, so they do not pass for bodies about the wrong one of the three roles.
 */
record ConfusionDistributionSection() implements ReportSection {
  static final List<String> BUCKETS = List.of("0-19", "20-39", "40-59", "60-79", "80-100");

  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      int[] counts = new int[BUCKETS.size()];
      facts
          .scoped(Tally.CONFUSION_SCORES, List.of(role))
          .forEach(
              (score, postings) ->
                  counts[Math.min(4, Integer.parseInt(score.get(0)) / 20)] +=
                      Math.toIntExact(postings[0]));
      long[] otherJob = facts.scoped(Tally.MATRIX).get(List.of(role, ReportTallies.OTHER_JOB));
      int anotherJob = otherJob == null ? 0 : Math.toIntExact(otherJob[0]);
      // Another job's postings are judged mismatches scored 100: take them out of the top band.
      counts[BUCKETS.size() - 1] -= anotherJob;
      List<Object> row = new ArrayList<>(List.of(role));
      for (int c : counts) {
        row.add(c);
      }
      row.add(anotherJob);
      rows.add(row);
    }
    List<String> columns = new ArrayList<>(List.of("title_role"));
    columns.addAll(BUCKETS);
    columns.add(ReportTallies.OTHER_JOB);
    return new Table(
        "confusion_distribution",
        "Confusion-score distribution",
        "Postings whose body reads as one of the three roles, per confusion-score band (0 = the"
            + " body is all about the titled role, 100 = none of it is); 'other_job' counts apart"
            + " the postings that describe another job altogether (scored 100: no role title fits"
            + " them); unclear postings are not counted.",
        columns,
        rows);
  }
}
