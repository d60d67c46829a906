package io.rolelens.batch.report;

import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Title role against body role (or another job, or no call), over every posting in scope. */
record MatrixSection() implements ReportSection {
  private static final List<String> BODIES =
      java.util.stream.Stream.concat(
              Roles.IDS.stream(),
              java.util.stream.Stream.of(ReportTallies.OTHER_JOB, ReportTallies.NO_CALL))
          .toList();

  @Override
  public Table table(ReportFacts facts) {
    Map<String, int[]> counts = new TreeMap<>();
    facts
        .scoped(Tally.MATRIX)
        .forEach(
            (key, postings) ->
                counts
                        .computeIfAbsent(key.get(0), k -> new int[BODIES.size()])[
                        BODIES.indexOf(key.get(1))] +=
                    Math.toIntExact(postings[0]));
    List<List<Object>> rows = new ArrayList<>();
    List<String> order = new ArrayList<>(Roles.IDS);
    counts.keySet().stream().filter(k -> !Roles.IDS.contains(k)).forEach(order::add);
    for (String titleRole : order) {
      int[] c = counts.getOrDefault(titleRole, new int[BODIES.size()]);
      rows.add(List.of(titleRole, c[0], c[1], c[2], c[3], c[4]));
    }
    return new Table(
        "matrix",
        "Title role × body role",
        "Rows: the role the title names; columns: the role the body reads as, 'other_job' when the"
            + " body describes a different job (another job's tools and duties outweigh its role"
            + " evidence), 'no_call' when it is too thin or not English.",
        List.of(
            "title_role",
            "body_product_manager",
            "body_project_manager",
            "body_product_owner",
            "other_job",
            "no_call"),
        rows);
  }
}
