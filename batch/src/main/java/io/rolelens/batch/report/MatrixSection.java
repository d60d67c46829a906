package io.rolelens.batch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Title role against body role (or another job, or no call), over every posting in scope. */
record MatrixSection() implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    return matrix(facts.scope());
  }

  private Table matrix(List<PostingFacts> scope) {
    int otherJob = Roles.IDS.size();
    int noCall = otherJob + 1;
    Map<String, int[]> counts = new TreeMap<>();
    for (PostingFacts p : scope) {
      int column =
          p.bodyCalled() ? p.bodyRole().orElseThrow().ordinal() : p.otherJob() ? otherJob : noCall;
      counts.computeIfAbsent(p.titleRole(), k -> new int[noCall + 1])[column]++;
    }
    List<List<Object>> rows = new ArrayList<>();
    List<String> order = new ArrayList<>(Roles.IDS);
    counts.keySet().stream().filter(k -> !Roles.IDS.contains(k)).forEach(order::add);
    for (String titleRole : order) {
      int[] c = counts.getOrDefault(titleRole, new int[noCall + 1]);
      rows.add(List.of(titleRole, c[0], c[1], c[2], c[otherJob], c[noCall]));
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
