package io.rolelens.batch.report;

import java.util.ArrayList;
import java.util.List;

/** The outcome-versus-output index per title role. */
record OutcomeOutputSection() implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      List<Double> values =
          facts.titled(role).stream()
              .map(PostingFacts::outcomeOutput)
              .filter(java.util.Objects::nonNull)
              .sorted()
              .toList();
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      rows.add(
          List.of(
              role,
              values.size(),
              values.isEmpty() ? "" : (Object) Stats.round(mean),
              values.isEmpty() ? "" : (Object) values.get(values.size() / 2),
              values.isEmpty()
                  ? ""
                  : (Object)
                      Stats.round(
                          values.stream().filter(v -> v > 0).count() / (double) values.size()),
              values.isEmpty()
                  ? ""
                  : (Object)
                      Stats.round(
                          values.stream().filter(v -> v < 0).count() / (double) values.size())));
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
