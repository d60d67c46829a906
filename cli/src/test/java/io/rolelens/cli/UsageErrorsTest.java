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
  void anUnknownColumnsKeyIsAUsageErrorNamingTheKeysThereAre() throws Exception {
    Path csv = Files.writeString(dir.resolve("postings.csv"), "id,title,description\n");

    String message =
        "--columns: 'foo' is not one of id, title, description, company, location, date";
    assertUsageError(
        CliRun.of("score", "--input", csv.toString(), "--columns", "foo=bar"), message);
    assertThat(dir.resolve("postings.scored.csv")).doesNotExist();
    Path out = dir.resolve("spark-out");
    assertUsageError(
        CliRun.of(
            "spark-score",
            "--input",
            csv.toString(),
            "--output",
            out.toString(),
            "--columns",
            "foo=bar"),
        message);
    assertThat(out).doesNotExist();
  }

  @Test
  void aConfigThatIsADirectoryIsSaidToBeOne() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("config-folder"));

    assertUsageError(
        CliRun.of("lint", "--config", folder.toString(), "-"),
        "--config "
            + folder
            + " is a directory; give the config file itself, such as "
            + folder.resolve(".rolelens.yml"));
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "2026-13-01", "01/02/2026", "<i>now</i>"})
  void aGeneratedAtThatIsNotAnIsoDateOrTimeIsAUsageError(String value) {
    assertUsageError(
        CliRun.of(
            "report",
            "--index",
            "x",
            "--out",
            dir.resolve("g").toString(),
            "--generated-at",
            value),
        "--generated-at '" + value + "' is not an ISO-8601 date or date-time;",
        "2026-01-01T09:30:00Z");
    assertThat(dir.resolve("g")).doesNotExist();
  }

  @Test
  void aQuarterThatIsNotAQuarterIsAUsageError() {
    assertUsageError(
        CliRun.of(
            "report", "--index", "x", "--out", dir.resolve("q").toString(), "--quarter", "Q3-2025"),
        "--quarter must look like 2025Q3, was 'Q3-2025'");
  }
}
