package io.rolelens.batch.lint;

import io.rolelens.analyzer.Require;
import java.util.List;

/**
 * Everything one {@code rolelens lint} run found, in input order, for a report to write.
 *
 * @param results the postings linted
 * @param problems the postings that could not be read
 * @param gate the gate they were held to
 * @param columns what columns count
 * @param lexiconVersion the lexicon's version
 */
public record LintRun(
    List<LintResult> results,
    List<InputProblem> problems,
    Gate gate,
    ColumnUnit columns,
    String lexiconVersion) {
  public LintRun {
    results = List.copyOf(results);
    problems = List.copyOf(problems);
    Require.nonNull("gate columns lexiconVersion", gate, columns, lexiconVersion);
  }

  /** How many postings failed the gate. */
  public int failed() {
    return (int) results.stream().filter(LintResult::failed).count();
  }

  /** The counts line: {@code linted=N passed=N failed=N unreadable=N}. */
  public String summary() {
    return Wording.summary(results.size() - failed(), failed(), problems.size());
  }
}
