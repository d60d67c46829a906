package io.rolelens.batch.lint;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.hint.FixHints;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lints postings: analyses each document's title and body, places every counted body phrase at its
 * line and column in the source file, and applies the gate. Thread-safe, as the analyzer is.
 */
public final class Linter {
  private final RoleAnalyzer analyzer;
  private final Gate gate;
  private final ColumnUnit columns;

  public Linter(RoleAnalyzer analyzer, Gate gate, ColumnUnit columns) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.columns = Objects.requireNonNull(columns, "columns");
  }

  /** The gate postings are held to. */
  public Gate gate() {
    return gate;
  }

  /** The unit columns are counted in. */
  public ColumnUnit columns() {
    return columns;
  }

  /**
   * Lints one document; a first heading too long to be a title is dropped (the posting is
   * untitled). A posting the analyzer refuses (a body too long, say) throws its {@code
   * PostingException}.
   */
  public LintResult lint(LintDocument given) {
    // A heading is only a guess at the title: one too long for the analyzer leaves the posting
    // untitled, not unreadable.
    LintDocument document =
        given.titleSource() == TitleSource.HEADING
                && given.title().length() > analyzer.maxTitleChars()
            ? given.untitled(TitleSource.HEADING_TOO_LONG)
            : given;
    Analysis analysis = analyzer.analyze(document.title(), document.body().text());
    List<Role> titleRoles = analysis.title().expectedRoles();
    LineMap lines = null;
    List<Finding> findings = new ArrayList<>();
    for (Mention m : analysis.mentions()) {
      if (m.field() != Field.BODY || !m.isEvidence()) {
        continue;
      }
      if (lines == null) {
        lines = LineMap.of(document.source());
      }
      int[] range = document.body().toSource(m.start(), m.end());
      findings.add(
          new Finding(
              m,
              range[0],
              range[1],
              lines.position(range[0], columns),
              lines.position(range[1], columns),
              titleRoles.contains(m.role())));
    }
    return new LintResult(
        document, analysis, findings, gate.fails(analysis), FixHints.of(analysis));
  }
}
