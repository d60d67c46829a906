package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that can run for more than a couple of seconds shows a progress bar on a terminal
 * and takes {@code --quiet}; in a pipe (as here) there is no bar either way, so the output is the
 * same with and without it.
 */
class QuietOptionTest {
  @TempDir Path dir;

  @Test
  void indexReportEvaluateAndFitWeightsTakeQuietAndPrintTheSameWithIt() throws Exception {
    String labelled = EvaluateCommandTest.fixture().toString();
    Path scored = dir.resolve("postings.scored.csv");
    assertThat(
            CliRun.of(
                    "score",
                    "--input",
                    Examples.POSTINGS.toString(),
                    "--output",
                    scored.toString(),
                    "--quiet")
                .exitCode())
        .isZero();

    assertThat(
            CliRun.of(
                    "index",
                    "--input",
                    scored.toString(),
                    "--index",
                    dir.resolve("a").toString(),
                    "--quiet")
                .out())
        .isEqualTo(
            CliRun.of("index", "--input", scored.toString(), "--index", dir.resolve("b").toString())
                .out());
    String[] report = {
      "report",
      "--index",
      dir.resolve("a").toString(),
      "--generated-at",
      "2026-01-01T00:00:00Z",
      "--out"
    };
    CliRun quiet = CliRun.of(concat(report, dir.resolve("r1").toString(), "-q"));
    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    assertThat(quiet.out())
        .isEqualTo(CliRun.of(concat(report, dir.resolve("r1").toString())).out());
    assertThat(quiet.err()).isEmpty();
    for (String command : new String[] {"evaluate", "fit-weights"}) {
      CliRun run = CliRun.of(command, "--input", labelled, "-q");
      assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
      assertThat(run.out()).isEqualTo(CliRun.of(command, "--input", labelled).out());
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
