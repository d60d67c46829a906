package io.rolelens.batch.lint;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.hint.FixHints;
import io.rolelens.analyzer.match.Mention;
import java.util.List;
import java.util.Optional;

/**
 * What lint says about one posting.
 *
 * @param document the posting
 * @param analysis the analyzer's reading of title and body
 * @param findings the body's counted role phrases, in body order
 * @param failed whether the posting fails the gate
 * @param hints what would make title and body agree; present for every posting, listed for failing
 *     ones
 */
public record LintResult(
    LintDocument document,
    Analysis analysis,
    List<Finding> findings,
    boolean failed,
    FixHints hints) {
  public LintResult {
    Require.nonNull("document analysis hints", document, analysis, hints);
    findings = List.copyOf(findings);
  }

  /** Where {@code mention} is placed in the source: its first finding, if it has one. */
  public Optional<Finding> findingOf(Mention mention) {
    return findings.stream().filter(f -> f.mention().equals(mention)).findFirst();
  }
}
