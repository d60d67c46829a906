package io.rolelens.batch.lint;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a lint run as GitHub Actions workflow commands, which the Actions log shows as annotations
 * on the files. GitHub shows only the first 10 error annotations of a step, so every posting's
 * verdict (an error with its fix hints when it fails, else a notice) and every unreadable posting
 * come first; then each posting's phrases: of a role the title does not name as errors on a failing
 * posting (at most {@value #MAX_PHRASE_ERRORS}, the rest counted in one notice) and warnings on a
 * passing one, of the title's role as notices. With a step summary file, a Markdown table of the
 * postings is appended to it. Files are named relative to the repository root, as GitHub attaches
 * annotations to repository paths (as given when outside it). Values are escaped as the
 * workflow-command syntax asks. Stateless.
 */
final class GithubReport {
  /** The most phrase errors one posting annotates; the rest are counted in a notice. */
  static final int MAX_PHRASE_ERRORS = 5;

  private GithubReport() {}

  /**
   * Writes the annotations to {@code out}, and the summary to {@code context}'s step summary file,
   * if any.
   */
  static void write(LintRun run, ReportContext context, PrintWriter out) throws IOException {
    Path root = context.repositoryRoot();
    Path stepSummary = context.stepSummary();
    run.results().forEach(r -> verdict(r, run.gate(), file(r.document().path(), root), out));
    run.problems()
        .forEach(
            p ->
                out.println(
                    "::error file="
                        + file(p.path(), root)
                        + ",title=RoleLens: unreadable::"
                        + data(p.reason())));
    run.results().forEach(r -> phrases(r, file(r.document().path(), root), out));
    out.println(run.summary());
    if (stepSummary != null) {
      StepSummary.append(run, stepSummary);
    }
  }

  /** The file property of an annotation: the path relative to the repository root, escaped. */
  private static String file(String path, Path root) {
    String relative = ArtifactUri.relative(path, root);
    return property(relative != null ? relative : path);
  }

  private static void verdict(LintResult r, Gate gate, String file, PrintWriter out) {
    StringBuilder message =
        new StringBuilder(Wording.verdict(r))
            .append('\n')
            .append(Wording.shares(r.analysis()))
            .append('\n')
            .append(Wording.suggestedTitle(r.analysis()));
    if (r.failed()) {
      Wording.hints(r).forEach(line -> message.append('\n').append(line));
    }
    out.println(
        "::"
            + (r.failed() ? "error" : "notice")
            + " file="
            + file
            + ",line=1,col=1,title="
            + property("RoleLens: " + Wording.outcome(r, gate))
            + "::"
            + data(message.toString()));
  }

  private static void phrases(LintResult r, String file, PrintWriter out) {
    int errors = 0;
    for (Finding f : r.findings()) {
      String level = f.fitsTitle() ? "notice" : r.failed() ? "error" : "warning";
      if (level.equals("error") && ++errors > MAX_PHRASE_ERRORS) {
        continue;
      }
      out.println(
          "::"
              + level
              + " file="
              + file
              + ",line="
              + f.start().line()
              + ",col="
              + f.start().column()
              + ",endLine="
              + f.end().line()
              + ",endColumn="
              + f.end().column()
              + ",title="
              + property(f.label())
              + "::"
              + data(Wording.finding(f)));
    }
    if (errors > MAX_PHRASE_ERRORS) {
      int more = errors - MAX_PHRASE_ERRORS;
      out.println(
          "::notice file="
              + file
              + ",line=1,col=1,title="
              + property("RoleLens: " + more + " more")
              + "::"
              + data(
                  String.format(
                      Locale.ROOT,
                      "%d more phrase%s of another role than the title's, not annotated;"
                          + " the verdict's fix hints list them all",
                      more,
                      more == 1 ? "" : "s")));
    }
  }

  /** A message, escaped: {@code %}, carriage return and line feed. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value, escaped as a message and also {@code :} and {@code ,}. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
