package io.rolelens.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  static final Pattern LAST_LINE = Pattern.compile("macro_f1=(\\d\\.\\d{3}) accuracy=(\\d\\.\\d{3}) n=(\\d+)");
  static final Path DEV = Path.of("..", "..", "shared", "data", "role-postings-dev.csv");

  @TempDir Path dir;

  static Path fixture() throws Exception {
    return Path.of(EvaluateCommandTest.class.getResource("/evaluate/labelled.csv").toURI());
  }

  @Test
  void endsWithTheMacroF1AccuracyAndCountLine() throws Exception {
    CliRun run = CliRun.of("evaluate", "--input", fixture().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher m = LAST_LINE.matcher(run.lastLine());
    assertThat(m.matches()).as(run.lastLine()).isTrue();
    assertThat(m.group(3)).isEqualTo("7");
    assertThat(Double.parseDouble(m.group(2))).isGreaterThanOrEqualTo(6 / 7.0 - 0.001);
    assertThat(run.out()).contains("1 too thin to call").contains("confusion matrix").contains("product_owner");
  }

  @Test
  void namesTheMissingColumns() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "id,title,body\n1,PM,text\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("evaluate", "--input", csv.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("description, role_label").contains("found id, title, body");
  }

  @Test
  void rejectsRowsWithAnUnknownLabelAndSaysWhich() throws Exception {
    Path csv = dir.resolve("labels.csv");
    Files.writeString(
        csv,
        "id,title,description,role_label\n"
            + "a,PM,\"Own the product roadmap and vision.\",product_manager\n"
            + "b,Dev,\"Write code.\",software_engineer\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("evaluate", "--input", csv.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("row 3 (id b)").contains("software_engineer").contains("1 row(s) rejected");
    assertThat(run.lastLine()).endsWith("n=1");
  }

  @Test
  void refusesAnUnknownSplit() throws Exception {
    CliRun run = CliRun.of("evaluate", "--input", fixture().toString(), "--split", "holdout");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--split must be all, train or test");
  }

  @Test
  void scoresTheRealDevTestSplitAboveTheFloor() {
    assumeTrue(Files.isRegularFile(DEV), "skipped: " + DEV + " not found (real postings live in ../shared/data)");
    CliRun run = CliRun.of("evaluate", "--input", DEV.toString(), "--split", "test");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher m = LAST_LINE.matcher(run.lastLine());
    assertThat(m.matches()).isTrue();
    System.out.println(String.format(Locale.ROOT, "dev test split: %s", run.lastLine()));
    assertThat(Double.parseDouble(m.group(2))).as("accuracy").isGreaterThan(0.75);
  }
}
