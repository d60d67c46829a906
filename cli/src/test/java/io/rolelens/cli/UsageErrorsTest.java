package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad option or value a user can give ends in one line naming it and exit code 2, never a
 * trace.
 */
class UsageErrorsTest {
  @TempDir static Path dir;

  static void assertUsageError(CliRun run, String... phrases) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .hasLineCount(1)
        .startsWith("rolelens: ")
        .contains(phrases)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("Usage:");
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "score       | --threads   | 0",
        "score       | --threads   | -3",
        "score       | --threads   | 5000",
        "score       | --threads   | many",
        "search      | --top       | -1",
        "search      | --facet-top | 0",
        "report      | --top       | 0",
        "report      | --min-count | -1",
        "report      | --examples  | 0",
        "bench-score | --limit     | 0",
        "bench-score | --warmup    | -1",
        "bench-score | --threads   | 0",
        "fit-weights | --folds     | -1",
        "fit-weights | --folds     | 1"
      })
  void aNumberOutOfRangeNamesTheOptionAndTheValue(String command, String option, String value)
      throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("in.csv"), "id,title,description,role_label\n", StandardCharsets.UTF_8);
    String[] required =
        switch (command) {
          case "score", "fit-weights", "bench-score" -> new String[] {"--input", csv.toString()};
          case "search" -> new String[] {"--index", dir.resolve("index").toString(), "backlog"};
          case "report" ->
              new String[] {
                "--index", dir.resolve("index").toString(), "--out", dir.resolve("out").toString()
              };
          default -> new String[0];
        };
    String[] args = new String[required.length + 3];
    args[0] = command;
    args[1] = option;
    args[2] = value;
    System.arraycopy(required, 0, args, 3, required.length);

    assertUsageError(CliRun.of(args), option, value, "see 'rolelens " + command + " --help'");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anUnknownOptionSuggestsTheNearestOne() {
    assertUsageError(
        CliRun.of("score", "--input", "x.csv", "--quite"),
        "Unknown option: '--quite'",
        "did you mean --quiet");
  }

  @Test
  void aMissingRequiredOptionIsOneLine() {
    assertUsageError(CliRun.of("index", "--index", "x"), "Missing required option", "--input");
  }

  @Test
  void aQuarterThatIsNotAQuarterIsAUsageError() {
    assertUsageError(
        CliRun.of(
            "report", "--index", "x", "--out", dir.resolve("q").toString(), "--quarter", "Q3-2025"),
        "--quarter must look like 2025Q3, was 'Q3-2025'");
  }
}
