package io.rolelens.batch.report;

import java.util.List;
import java.util.stream.Collectors;

/** Renders a {@link Report} as Markdown, tables as pipe tables. */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(Report report) {
    StringBuilder md = new StringBuilder();
    md.append("# Role-confusion report: ").append(report.meta().get("scope")).append("\n\n");
    md.append("Generated ").append(report.meta().get("generated_at")).append(" from ")
        .append(report.meta().get("postings_in_index")).append(" indexed postings (")
        .append(report.meta().get("duplicates_excluded")).append(" exact duplicates left out).\n\n");
    for (Table t : report.tables()) {
      md.append("## ").append(t.title()).append("\n\n");
      if (!t.note().isEmpty()) {
        md.append(t.note()).append("\n\n");
      }
      if (t.rows().isEmpty()) {
        md.append("_No rows._\n\n");
        continue;
      }
      md.append(row(t.columns().stream().map(Object.class::cast).toList()));
      md.append(t.columns().stream().map(c -> "---").collect(Collectors.joining("|", "|", "|\n")));
      t.rows().forEach(r -> md.append(row(r)));
      md.append('\n');
    }
    md.append("## Methodology\n\n");
    report.methodology().forEach(p -> md.append(p).append("\n\n"));
    return md.toString();
  }

  private static String row(List<Object> cells) {
    return cells.stream().map(c -> Table.text(c).replace("|", "\\|").replace("\n", " "))
        .collect(Collectors.joining(" | ", "| ", " |\n"));
  }
}
