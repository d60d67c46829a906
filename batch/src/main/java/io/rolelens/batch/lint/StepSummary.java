package io.rolelens.batch.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends a lint run to a GitHub Actions job summary ({@code $GITHUB_STEP_SUMMARY}) as Markdown: a
 * table of the postings with verdict, outcome and suggested title, the unreadable ones, and the
 * counts. Stateless.
 */
final class StepSummary {
  private StepSummary() {}

  static void append(LintRun run, Path file) throws IOException {
    Files.writeString(
        file,
        markdown(run),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** The summary's Markdown. */
  static String markdown(LintRun run) {
    StringBuilder md = new StringBuilder("## RoleLens lint\n\n");
    if (!run.results().isEmpty()) {
      md.append("| posting | verdict | outcome | suggested title |\n|---|---|---|---|\n");
      for (LintResult r : run.results()) {
        md.append("| `")
            .append(cell(r.document().path()))
            .append("` | ")
            .append(cell(Wording.verdict(r)))
            .append(" | ")
            .append(
                r.failed()
                    ? "**" + cell(Wording.outcome(r, run.gate())) + "**"
                    : cell(Wording.outcome(r, run.gate())))
            .append(" | ")
            .append(cell(suggested(r)))
            .append(" |\n");
      }
      md.append('\n');
    }
    for (InputProblem p : run.problems()) {
      md.append("- unreadable: `")
          .append(cell(p.path()))
          .append("`: ")
          .append(cell(p.reason()))
          .append('\n');
    }
    return md.append('\n').append(run.summary()).append("\n\n").toString();
  }

  private static String suggested(LintResult r) {
    var s = r.analysis().suggestedTitle();
    return s == null ? "\u2014" : s.title() == null ? "none of the three roles" : s.title();
  }

  /** Text made safe for a table cell: no line breaks, pipes escaped. */
  private static String cell(String s) {
    return s.replace("\r", " ").replace("\n", " ").replace("|", "\\|").replace("`", "'");
  }
}
