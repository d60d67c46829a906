package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs over ../shared/data when it is there, and checks the clean skip when it is not. */
class SharedDataTest {
  @TempDir Path dir;

  @Test
  void theBenchmarkMeasuresBothSpeedsOrSaysSkipped() {
    Path big = Examples.SHARED.resolve("linkedin-postings-2022-2026.csv.gz");
    CliRun run =
        CliRun.of("bench-score", "--input", big.toString(), "--limit", "1500", "--warmup", "200");

    assertThat(run.exitCode()).as(run.err()).isZero();
    if (Files.isRegularFile(big)) {
      assertThat(run.lastLine())
          .matches(
              "end_to_end_postings_per_s=\\d+ analysis_only_postings_per_s=\\d+"
                  + " parse_only_postings_per_s=\\d+ end_to_end_vs_analysis=\\d+\\.\\d\\d"
                  + " ratio=1/\\d+\\.\\d");
      assertThat(run.out()).contains("rows_in=1500 scored=");
    } else {
      assertThat(run.out()).startsWith("skipped: ").contains("is absent");
    }
  }

  @Test
  void scoringTheLabelledDevSetAccountsForEveryRowOrSaysSkipped() throws Exception {
    Path dev = Examples.SHARED.resolve("role-postings-dev.csv");
    if (!Files.isRegularFile(dev)) {
      System.out.println("skipped: " + dev + " is absent");
      return;
    }
    CliRun run =
        CliRun.of(
            "score",
            "--input",
            dev.toString(),
            "--output",
            dir.resolve("dev.scored.csv").toString(),
            "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine())
        .matches("rows_in=455 scored=(\\d+) rejected=(\\d+) duplicates=\\d+ undated=\\d+");
    String[] parts = run.lastLine().split("[ =]");
    assertThat(Long.parseLong(parts[3]) + Long.parseLong(parts[5])).isEqualTo(455);
  }
}
