package io.rolelens.batch.lint;

import io.rolelens.analyzer.lexicon.Lexicon;
import java.io.IOException;
import java.io.PrintWriter;

/** The output formats of {@code rolelens lint}, each writing a whole run. */
public enum LintFormat {
  /** Compiler-style lines, then each posting's verdict, shares, suggested title and fix hints. */
  TEXT,
  /** One JSON object with every posting, its findings and hints. */
  JSON,
  /** SARIF 2.1.0, as GitHub code scanning takes it. */
  SARIF,
  /**
   * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::…}), shown as
   * annotations.
   */
  GITHUB;

  /**
   * Writes {@code run} to {@code out} in this format; {@code lexicon} gives SARIF its rules' help,
   * {@code context} SARIF its repository root and GitHub its step summary file.
   */
  public void write(LintRun run, Lexicon lexicon, ReportContext context, PrintWriter out)
      throws IOException {
    switch (this) {
      case TEXT -> TextReport.write(run, out);
      case JSON -> JsonReport.write(run, out);
      case SARIF -> SarifReport.write(run, lexicon, context.repositoryRoot(), out);
      case GITHUB -> GithubReport.write(run, context, out);
    }
  }
}
