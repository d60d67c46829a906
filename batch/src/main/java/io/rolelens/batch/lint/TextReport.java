package io.rolelens.batch.lint;

import java.io.PrintWriter;

/**
 * Writes a lint run as a compiler would: {@code path:line:col: role/category: phrase — explanation}
 * for each phrase, then the posting's verdict, shares, suggested title and outcome, and for a
 * failing posting the fix hints; the last line counts the postings. Stateless.
 */
final class TextReport {
  private TextReport() {}

  static void write(LintRun run, PrintWriter out) {
    for (LintResult r : run.results()) {
      String path = r.document().path();
      for (Finding f : r.findings()) {
        out.println(
            path
                + ":"
                + f.start().line()
                + ":"
                + f.start().column()
                + ": "
                + f.label()
                + ": "
                + Wording.finding(f));
      }
      out.println(path + ": " + Wording.verdict(r));
      out.println(path + ": " + Wording.shares(r.analysis()));
      out.println(path + ": " + Wording.suggestedTitle(r.analysis()));
      out.println(path + ": " + Wording.outcome(r, run.gate()));
      if (r.failed()) {
        Wording.hints(r).forEach(line -> out.println("  " + line));
      }
    }
    out.println(run.summary());
  }
}
