package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.EvidenceList;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.TalliedPosting;
import io.rolelens.scoring.tally.TallyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --aggregates}: its options and errors (the report it writes equals the index's, as
 * {@link SparkScoreCommandTest} shows on Spark's own aggregates).
 */
class ReportFromAggregatesTest {
  @TempDir Path dir;
  private Path aggregates;

  @BeforeEach
  void writeAggregates() throws Exception {
    ReportTallies tallies = new ReportTallies(2);
    for (int i = 0; i < 6; i++) {
      tallies.add(
          new TalliedPosting(
              "p" + i,
              "Product Manager",
              "Acme",
              "Berlin",
              "senior",
              i < 3 ? "2025Q1" : "2025Q2",
              i < 3 ? "2025-02-0" + (i + 1) : "2025-05-0" + (i - 2),
              Role.PRODUCT_MANAGER.id(),
              Optional.of(Role.PROJECT_MANAGER),
              Optional.of(BodyStatus.OK),
              java.util.Map.of(),
              Verdict.MISMATCH,
              70 + i,
              "Project Manager",
              -0.5,
              List.of(new EvidenceList.Phrase("pjm.scheduling.timeline", "timelines")),
              false));
    }
    aggregates = dir.resolve("run");
    TallyFiles.write(tallies, "test-1", aggregates.resolve("aggregates"));
  }

  @Test
  void addsUpRepeatedAggregatesFolders() throws Exception {
    CliRun run =
        CliRun.of(
            "report",
            "--aggregates",
            aggregates.toString(),
            "--aggregates",
            aggregates.resolve("aggregates").toString(),
            "--out",
            dir.resolve("report").toString(),
            "--min-count",
            "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String json = Files.readString(dir.resolve("report/report.json"));
    assertThat(json)
        .contains("\"postings_in_index\" : 12")
        .contains("\"lexicon_version\" : \"test-1\"");
  }

  @Test
  void refusesMoreExamplesThanTheAggregatesKept() {
    CliRun run =
        CliRun.of(
            "report",
            "--aggregates",
            aggregates.toString(),
            "--out",
            dir.resolve("report").toString(),
            "--examples",
            "3");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("--examples 3 asks for more examples per kind than were kept (2)")
        .contains("spark-score again with --examples 3");
    assertThat(dir.resolve("report")).doesNotExist();
  }

  @Test
  void namesAFolderWithoutAggregates() {
    CliRun run =
        CliRun.of(
            "report", "--aggregates", dir.toString(), "--out", dir.resolve("report").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("aggregates.json").contains("no aggregates here");
  }

  @Test
  void takesAnIndexOrAggregatesButNotBoth() {
    UsageErrorsTest.assertUsageError(
        CliRun.of(
            "report",
            "--index",
            dir.toString(),
            "--aggregates",
            aggregates.toString(),
            "--out",
            dir.resolve("report").toString()),
        "--index",
        "--aggregates");
  }
}
