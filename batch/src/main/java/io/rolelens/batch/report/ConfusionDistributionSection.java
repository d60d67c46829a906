package io.rolelens.batch.report;

import io.rolelens.scoring.tally.Tally;
import java.util.ArrayList;
import java.util.List;

/** How the titled postings spread over confusion-score bands, per title role. */
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
      List<Object> row = new ArrayList<>(List.of(role));
      for (int c : counts) {
        row.add(c);
      }
      rows.add(row);
    }
    List<String> columns = new ArrayList<>(List.of("title_role"));
    columns.addAll(BUCKETS);
    return new Table(
        "confusion_distribution",
        "Confusion-score distribution",
        "Postings per confusion-score band (0 = the body is all about the titled role, 100 = none"
            + " of it is); unclear postings are not counted.",
        columns,
        rows);
  }
}
