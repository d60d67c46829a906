package io.rolelens.batch.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a {@link Report} as Markdown in step with the HTML page: the headline figures and
 * takeaways first, a table of contents, then each section with its reading hint and its table as a
 * pipe table, numbers formatted as on the page and right-aligned. Text from postings and options is
 * {@linkplain MarkdownText escaped}, so a posting cannot inject HTML, links or table cells.
 * Stateless and thread-safe.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  static String render(Report report) {
    StringBuilder md = new StringBuilder();
    md.append("# Role-confusion report: ").append(report.meta().get("scope")).append("\n\n");
    md.append(
        "How often do postings titled Product Manager, Project Manager or Product Owner describe"
            + " another of the three roles?\n\n");
    md.append("Generated ")
        .append(MarkdownText.escape(String.valueOf(report.meta().get("generated_at"))))
        .append(" from ")
        .append(report.meta().get("postings_in_index"))
        .append(" indexed postings (")
        .append(
            Format.count(
                ((Number) report.meta().get("duplicates_excluded")).longValue(), "exact duplicate"))
        .append(" left out). Lexicon ")
        .append(MarkdownText.escape(String.valueOf(report.meta().get("lexicon_version"))))
        .append(".\n\n");
    Optional<Glance> glance = Glance.of(report);
    contents(md, report, glance);
    glance.ifPresent(g -> glance(md, g));
    for (Table t : report.tables()) {
      heading(md, t.title(), t.name());
      String note = Sections.note(t);
      if (!note.isEmpty()) {
        md.append(note).append("\n\n");
      }
      if (t.rows().isEmpty()) {
        md.append("_No rows._\n\n");
        continue;
      }
      table(md, t);
    }
    heading(md, Sections.METHODOLOGY_TITLE, Sections.METHODOLOGY_ID);
    report.methodology().forEach(p -> md.append(p).append("\n\n"));
    return md.toString();
  }

  private static void contents(StringBuilder md, Report report, Optional<Glance> glance) {
    md.append("## Contents\n\n");
    int n = 1;
    if (glance.isPresent()) {
      md.append(n++)
          .append(". [")
          .append(Sections.GLANCE_TITLE)
          .append("](#")
          .append(slug(Sections.GLANCE_TITLE + ": " + glance.get().quarter()))
          .append(")\n");
    }
    for (Table t : report.tables()) {
      md.append(n++)
          .append(". [")
          .append(t.title())
          .append("](#")
          .append(slug(t.title()))
          .append(")\n");
    }
    md.append(n)
        .append(". [")
        .append(Sections.METHODOLOGY_TITLE)
        .append("](#")
        .append(slug(Sections.METHODOLOGY_TITLE))
        .append(")\n\n");
  }

  private static void glance(StringBuilder md, Glance g) {
    heading(md, Sections.GLANCE_TITLE + ": " + g.quarter(), Sections.GLANCE_ID);
    for (Glance.Card c : g.cards()) {
      String name = Roles.display(c.role());
      md.append("- ")
          .append(
              c.otherRoleShare() == null
                  ? "No " + name + " posting had a body role called"
                  : "**"
                      + Format.percent(c.otherRoleShare())
                      + "** of "
                      + name
                      + " postings read as another role")
          .append(" (")
          .append(g.cardNote(c))
          .append("; ")
          .append(Format.count(c.postings(), "posting"))
          .append(", ")
          .append(c.called())
          .append(" with a body role called)\n");
    }
    md.append("- **")
        .append(Format.cell("postings", g.postings()))
        .append("** postings analysed, titled as one of the three roles in ")
        .append(g.quarter())
        .append(" (")
        .append(
            g.changeNote(
                g.postingsChange() == null ? null : g.postingsChange().doubleValue(), false))
        .append(")\n\n");
    if (!g.partial().isEmpty()) {
      md.append(MarkdownText.escape(String.join(" ", g.partial()))).append("\n\n");
    }
    if (!g.takeaways().isEmpty()) {
      md.append("### What stands out (").append(g.scope()).append(")\n\n");
      g.takeaways().forEach(t -> md.append("- ").append(MarkdownText.escape(t)).append('\n'));
      md.append('\n');
    }
  }

  private static void heading(StringBuilder md, String title, String id) {
    md.append("## ").append(title).append("\n\n");
    String lead = Sections.lead(id);
    if (!lead.isEmpty()) {
      md.append('_').append(lead).append("_\n\n");
    }
  }

  private static void table(StringBuilder md, Table t) {
    Set<String> numeric = t.numericColumns();
    md.append(row(t.columns().stream().map(Format::label).toList()));
    md.append(
        t.columns().stream()
            .map(c -> numeric.contains(c) ? "---:" : "---")
            .collect(Collectors.joining("|", "|", "|\n")));
    for (List<Object> r : t.rows()) {
      List<String> cells = new java.util.ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        cells.add(Format.cell(t.columns().get(i), r.get(i)));
      }
      md.append(row(cells));
    }
    md.append('\n');
  }

  /** A table row; every cell is escaped, since most come from postings. */
  private static String row(List<String> cells) {
    return cells.stream()
        .map(MarkdownText::escape)
        .collect(Collectors.joining(" | ", "| ", " |\n"));
  }

  /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
  static String slug(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }
}
