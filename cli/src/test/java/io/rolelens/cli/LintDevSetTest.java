package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Lint gives the same verdicts as {@code score} on the labelled dev set's 455 postings (titles in
 * front matter, HTML or text as score reads them) when ../shared/data is there; says skipped when
 * it is not.
 */
class LintDevSetTest {
  @Test
  void lintAgreesWithScoreOnEveryDevSetVerdictOrSaysSkipped() {
    Path dev = Examples.SHARED.resolve("role-postings-dev.csv");
    CliRun run =
        CliRun.of("bench-lint", "--input", dev.toString(), "--rounds", "1", "--warmup", "0");

    assertThat(run.exitCode()).as(run.err()).isZero();
    if (!Files.isRegularFile(dev)) {
      assertThat(run.out()).startsWith("skipped: ").contains("is absent");
      return;
    }
    assertThat(run.out()).doesNotContain("differs: ").doesNotContain("unreadable: ");
    assertThat(run.lastLine())
        .matches(
            "postings=455 lint_postings_per_s=\\d+ lint_postings_per_cpu_s=\\d+"
                + " analyze_only_postings_per_s=\\d+ verdict_agreement=1\\.000 disagreements=0");
  }

  @Test
  void anAbsentExportIsSkippedCleanly() {
    CliRun run = CliRun.of("bench-lint", "--input", "no/such/export.csv");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "skipped: no/such/export.csv is absent (the benchmark needs ../shared/data or --input"
                + " FILE)\n");
  }
}
