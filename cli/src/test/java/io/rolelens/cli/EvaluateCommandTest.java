package io.rolelens.cli;

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
  static final Pattern LAST_LINE =
      Pattern.compile("macro_f1=(\\d\\.\\d{3}) accuracy=(\\d\\.\\d{3}) n=(\\d+)");
  static final Path DEV = Path.of("..", "..", "shared", "data", "role-postings-dev.csv");
  static final Path DEV_BODY_LABELS =
      Path.of("..", "..", "shared", "data", "role-postings-dev.body-labels.csv");
  static final Pattern READERS_LINE =
      Pattern.compile(
          "verdict_agreement=(\\d\\.\\d{3}) flag_precision=(\\d\\.\\d{3})"
              + " flag_recall=(\\d\\.\\d{3}) body_macro_f1=(\\d\\.\\d{3}) n=(\\d+)");

  @TempDir Path dir;

  static Path fixture() throws Exception {
    return Path.of(EvaluateCommandTest.class.getResource("/evaluate/labelled.csv").toURI());
  }

  static Path bodyLabels() throws Exception {
    return Path.of(EvaluateCommandTest.class.getResource("/evaluate/body-labels.csv").toURI());
  }

  @Test
  void aLabelledCsvWithOnlyAHeaderExitsOneInsteadOfPrintingZeroScores() throws Exception {
    Path header = Files.writeString(dir.resolve("header.csv"), "id,title,description,role_label\n");

    CliRun run = CliRun.of("evaluate", "--quiet", "--input", header.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("rolelens: no labelled rows in " + header + "; nothing to measure\n");
  }

  @Test
  void aBodyLabelsFileWithoutItsColumnsIsNamedInTheMessage() throws Exception {
    CliRun run =
        CliRun.of(
            "evaluate",
            "--quiet",
            "--input",
            fixture().toString(),
            "--body-labels",
            fixture().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith(
            "rolelens: the body-labels file "
                + fixture()
                + " lacks the column(s) body_role, mix, product_manager_share,");
  }

  @Test
  void holdsVerdictsAgainstTheReadersBodyLabelsLeavingContestedRowsOut() throws Exception {
    CliRun run =
        CliRun.of(
            "evaluate", "--input", fixture().toString(), "--body-labels", bodyLabels().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher m = READERS_LINE.matcher(run.lastLine());
    assertThat(m.matches()).as(run.lastLine()).isTrue();
    assertThat(m.group(5)).as("rows without the contested one").isEqualTo("6");
    assertThat(run.out())
        .contains("against the title labels (body alone):")
        .contains("macro_f1=")
        .contains("verdict agreement")
        .containsPattern(
            "confusion flags: precision +\\d\\.\\d{3} \\(\\d+ flagged, \\d+ by the readers, \\d+"
                + " both\\)")
        .contains("share mean absolute error")
        .contains("clear postings called unclear")
        .contains("verdicts (rows: the readers' label calls for, columns: RoleLens)");
  }

  @Test
  void listsEachVerdictTheReadersDisagreeWithBesideTheirLabel() throws Exception {
    Path labels = dir.resolve("labels.csv");
    // Readers say pm-1's body is a Project Manager job: its Product Manager title is then a
    // mismatch.
    Files.writeString(
        labels,
        "id,body_role,mix,product_manager_share,project_manager_share,product_owner_share,readings\n"
            + "pm-1,project_manager,,0,1,0,2\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "evaluate",
            "--input",
            fixture().toString(),
            "--body-labels",
            labels.toString(),
            "--errors");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "disagree pm-1 [Product Manager]: readers mismatch (project_manager), RoleLens"
                + " consistent, body product_manager");
    assertThat(run.err()).contains("6 row(s) have no body label");
    assertThat(run.lastLine()).endsWith("n=1");
  }

  @Test
  void measuresTheDifferentJobAgainstTheReadersNoneAndCountsItsMismatchAsAgreeing()
      throws Exception {
    Path postings = dir.resolve("postings.csv");
    Files.writeString(
        postings,
        "id,title,description,role_label\n"
            + "da-1,Project Manager,\"Analyse customer datasets and find trends. Write SQL and"
            + " Python to clean the data. Build reports in Tableau and Power BI. Run statistical"
            + " models to forecast demand.\",project_manager\n"
            + "pm-1,Product Manager,\"You will own the product vision and strategy for our"
            + " checkout. Run customer interviews and discovery, define success metrics and own the"
            + " roadmap.\",product_manager\n",
        StandardCharsets.UTF_8);
    Path labels = dir.resolve("labels.csv");
    Files.writeString(
        labels,
        "id,body_role,mix,product_manager_share,project_manager_share,product_owner_share,readings\n"
            + "da-1,none,,0,0,0,2\n"
            + "pm-1,product_manager,,1,0,0,1\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "evaluate",
            "--input",
            postings.toString(),
            "--body-labels",
            labels.toString(),
            "--errors");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "different job vs readers' none precision 1.000 (1 called other_job, 1 of them none)")
        .contains(
            "different job vs readers' none recall    1.000 of the 1 none bodies RoleLens finds"
                + " neither thin nor non-English; 1.000 of all 1 none")
        .contains(
            "1 none row(s) RoleLens calls mismatch for another job count as agreeing and are left"
                + " out of the flag counts")
        .doesNotContain("disagree da-1");
    assertThat(run.lastLine())
        .isEqualTo(
            "verdict_agreement=1.000 flag_precision=0.000 flag_recall=0.000 body_macro_f1=0.333"
                + " n=2");
  }

  @Test
  void leavesOutAnIdThatNamesTwoPostingsSinceNoLabelCanBeMatchedToEitherBody() throws Exception {
    Path postings = dir.resolve("postings.csv");
    Files.writeString(
        postings,
        "id,title,description,role_label\n"
            + "row3,Construction Project Manager,\"Manage the construction schedule and the budget."
            + " Track milestones and manage subcontractors.\",project_manager\n"
            + "pm-1,Product Manager,\"You will own the product vision and strategy for our"
            + " checkout. Run customer interviews and discovery, define success metrics and own the"
            + " roadmap.\",product_manager\n"
            + "row3,Product Manager Intern,\"Help own the product vision and roadmap, run customer"
            + " interviews and define success metrics.\",product_manager\n",
        StandardCharsets.UTF_8);
    Path labels = dir.resolve("labels.csv");
    Files.writeString(
        labels,
        "id,body_role,mix,product_manager_share,project_manager_share,product_owner_share,readings\n"
            + "row3,product_manager,,1,0,0,1\n"
            + "pm-1,product_manager,,1,0,0,1\n"
            + "row3,product_manager,,1,0,0,1\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "evaluate",
            "--input",
            postings.toString(),
            "--body-labels",
            labels.toString(),
            "--errors");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("body labels of id row3: labelled 2 times, so the id names more than one posting")
        .contains(
            "2 row(s) share their id with another posting and were left out of the readers'"
                + " figures");
    assertThat(run.out()).doesNotContain("disagree row3");
    assertThat(run.lastLine()).endsWith("n=1");
  }

  @Test
  void rejectsABodyLabelItCannotReadNamingItsLine() throws Exception {
    Path labels = dir.resolve("labels.csv");
    Files.writeString(
        labels,
        "id,body_role,mix,product_manager_share,project_manager_share,product_owner_share,readings\n"
            + "pm-1,product_manager,,1,0,0,1\n"
            + "pm-2,data_analyst,,0,0,0,1\n"
            + "po-2,mixed,product_owner,0.5,0,0.5,2\n"
            + "pjm-1,project_manager,,1.5,0,0,1\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of("evaluate", "--input", fixture().toString(), "--body-labels", labels.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "body label on line 3: body_role 'data_analyst' is not a role id, mixed, none or"
                + " contested")
        .contains("body label on line 4: mix 'product_owner' must name two different roles")
        .contains("body label on line 5: product_manager_share must be in [0, 1], was 1.5");
    assertThat(run.lastLine()).endsWith("n=1");
  }

  @Test
  void endsWithTheMacroF1AccuracyAndCountLine() throws Exception {
    CliRun run = CliRun.of("evaluate", "--input", fixture().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher m = LAST_LINE.matcher(run.lastLine());
    assertThat(m.matches()).as(run.lastLine()).isTrue();
    assertThat(m.group(3)).isEqualTo("7");
    assertThat(Double.parseDouble(m.group(2))).isGreaterThanOrEqualTo(6 / 7.0 - 0.001);
    assertThat(run.out())
        .contains("1 too thin to call")
        .contains("confusion matrix")
        .contains("product_owner");
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
    assertThat(run.err())
        .contains("row 3 (id b)")
        .contains("software_engineer")
        .contains("1 row(s) rejected");
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
    assumeTrue(
        Files.isRegularFile(DEV),
        "skipped: " + DEV + " not found (real postings live in ../shared/data)");
    CliRun run = CliRun.of("evaluate", "--input", DEV.toString(), "--split", "test");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher m = LAST_LINE.matcher(run.lastLine());
    assertThat(m.matches()).isTrue();
    System.out.println(String.format(Locale.ROOT, "dev test split: %s", run.lastLine()));
    assertThat(Double.parseDouble(m.group(2))).as("accuracy").isGreaterThan(0.75);
  }

  @Test
  void measuresTheRealDevSetAgainstTheReaders() {
    assumeTrue(
        Files.isRegularFile(DEV) && Files.isRegularFile(DEV_BODY_LABELS),
        "skipped: " + DEV_BODY_LABELS + " not found (real postings live in ../shared/data)");
    CliRun run =
        CliRun.of(
            "evaluate", "--input", DEV.toString(), "--body-labels", DEV_BODY_LABELS.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher m = READERS_LINE.matcher(run.lastLine());
    assertThat(m.matches()).as(run.lastLine()).isTrue();
    System.out.println(
        String.format(Locale.ROOT, "dev set against the readers: %s", run.lastLine()));
    assertThat(Integer.parseInt(m.group(5))).isGreaterThan(400);
    assertThat(Double.parseDouble(m.group(1))).as("verdict agreement").isGreaterThan(0.8);
  }
}
