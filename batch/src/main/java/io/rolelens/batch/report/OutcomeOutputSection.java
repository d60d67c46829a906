package io.rolelens.batch.report;

import io.rolelens.scoring.tally.Tally;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcome-versus-output index per title role. */
record OutcomeOutputSection() implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      // The index's values and how many postings have each, lowest first.
      TreeMap<Double, Long> values = new TreeMap<>();
      facts
          .scoped(Tally.OUTCOME_OUTPUT, List.of(role))
          .forEach(
              (index, postings) ->
                  values.merge(Double.valueOf(index.get(0)), postings[0], Long::sum));
      long n = values.values().stream().mapToLong(Long::longValue).sum();
      if (n == 0) {
        rows.add(List.of(role, 0, "", "", "", ""));
        continue;
      }
      // Added value by value in order, as the mean of the values listed one by one is (with the
      // same compensated sum), so the figure is the same whether a report counts postings or reads
      // a histogram of them.
      DoubleSummaryStatistics mean = new DoubleSummaryStatistics();
      long outcome = 0;
      long output = 0;
      Double median = null;
      long seen = 0;
      for (Map.Entry<Double, Long> e : values.entrySet()) {
        double v = e.getKey();
        for (long i = 0; i < e.getValue(); i++) {
          mean.accept(v);
        }
        outcome += v > 0 ? e.getValue() : 0;
        output += v < 0 ? e.getValue() : 0;
        seen += e.getValue();
        if (median == null && seen > n / 2) {
          median = v;
        }
      }
      rows.add(
          List.of(
              role,
              Math.toIntExact(n),
              Stats.round(mean.getAverage()),
              median,
              Stats.round(outcome / (double) n),
              Stats.round(output / (double) n)));
    }
    return new Table(
        "outcome_output",
        "Outcome-versus-output index per title role",
        "From -1 (all output work: timelines, backlogs, deliverables) to +1 (all outcome work:"
            + " value, strategy, results).",
        List.of(
            "title_role",
            "postings_with_evidence",
            "mean_index",
            "median_index",
            "outcome_leaning_share",
            "output_leaning_share"),
        rows);
  }
}
