package io.rolelens.batch.lint;

import java.io.PrintWriter;

/**
 * Writes a lint run as GitHub Actions workflow commands, which the Actions log shows as annotations
 * on the files: each phrase of a role the title does not name as an error on a failing posting (a
 * warning on a passing one), each phrase of the title's role as a notice, and one line per posting
 * with its verdict and fix hints. Values are escaped as the workflow-command syntax asks. Stateless.
 */
final class GithubReport {
  private GithubReport() {}

  static void write(LintRun run, PrintWriter out) {
    for (LintResult r : run.results()) {
      String file = r.document().path();
      for (Finding f : r.findings()) {
        String level = f.fitsTitle() ? "notice" : r.failed() ? "error" : "warning";
        out.println("::" + level + " file=" + property(file) + ",line=" + f.start().line() + ",col=" + f.start().column()
            + ",endLine=" + f.end().line() + ",endColumn=" + f.end().column() + ",title=" + property(f.label())
            + "::" + data(Wording.finding(f)));
      }
      StringBuilder message = new StringBuilder(Wording.verdict(r)).append('\n')
          .append(Wording.shares(r.analysis())).append('\n')
          .append(Wording.suggestedTitle(r.analysis()));
      if (r.failed()) {
        Wording.hints(r).forEach(line -> message.append('\n').append(line));
      }
      out.println("::" + (r.failed() ? "error" : "notice") + " file=" + property(file) + ",line=1,col=1,title="
          + property("RoleLens: " + Wording.outcome(r, run.gate())) + "::" + data(message.toString()));
    }
    run.problems().forEach(p -> out.println("::error file=" + property(p.path()) + ",title=RoleLens: unreadable::" + data(p.reason())));
    out.println(run.summary());
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
