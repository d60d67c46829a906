package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every benchmark command says "skipped" and succeeds when its input is absent. */
class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void eachBenchmarkSaysSkippedAndSucceedsWithoutItsInput() {
    Path absent = dir.resolve("absent.csv");
    for (String command : new String[] {"bench-score", "bench-lint"}) {
      CliRun run = CliRun.of(command, "--input", absent.toString(), "--quiet");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .isEqualTo(
              "skipped: "
                  + absent
                  + " is absent (the benchmark needs ../shared/data or --input FILE)"
                  + System.lineSeparator());
    }
  }
}
