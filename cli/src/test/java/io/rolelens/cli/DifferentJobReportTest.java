package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body that is another job and a suggested title, through score, index, search and report; and a
 * scored CSV written before those columns existed still indexes and reports.
 */
class DifferentJobReportTest {
  @TempDir static Path dir;
  static Path scored;
  static Path index;

  /**
   * Two postings in the scored CSV's columns as they were before body_status and suggested_title.
   */
  static final String OLD_SCORED_CSV =
      "id,title,company,location,date_posted,quarter,title_role,body_role,product_manager_share,project_manager_share,product_owner_share,confusion_score,verdict,outcome_output_index,evidence,duplicate_of\n"
          + "old-1,Product"
          + " Manager,Initech,Toronto,2025-02-01,2025Q1,product_manager,product_owner,0.100,0.000,0.900,88,mismatch,-0.800,po.backlog_ownership.own-backlog:"
          + " own the backlog,\n"
          + "old-2,Product"
          + " Manager,Initech,Toronto,2025-02-02,2025Q1,product_manager,,,,,,unclear,,,\n";

  @BeforeAll
  static void scoreAndIndexTheExamples() {
    scored = dir.resolve("postings.scored.csv");
    index = dir.resolve("index");
    CliRun score =
        CliRun.of("score", "--input", Examples.POSTINGS.toString(), "--output", scored.toString());
    assertThat(score.exitCode()).as(score.err()).isZero();
    CliRun indexing = CliRun.of("index", "--input", scored.toString(), "--index", index.toString());
    assertThat(indexing.exitCode()).as(indexing.err()).isZero();
  }

  static CSVRecord row(String id) throws Exception {
    try (var parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(Files.newBufferedReader(scored, StandardCharsets.UTF_8))) {
      return parser.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
    }
  }

  @Test
  void writesTheBodyStatusAndTheSuggestedTitleInTheScoredCsv() throws Exception {
    CSVRecord dataJob = row("ex-043");
    assertThat(dataJob.get("body_role")).isEmpty();
    assertThat(dataJob.get("body_status")).isEqualTo("other_job");
    assertThat(dataJob.get("verdict")).isEqualTo("mismatch");
    assertThat(dataJob.get("confusion_score")).isEqualTo("100");
    assertThat(dataJob.get("suggested_title")).isEmpty();
    assertThat(dataJob.get("product_manager_share")).isEmpty();

    CSVRecord productOwnerWork = row("ex-012");
    assertThat(productOwnerWork.get("body_status")).isEqualTo("ok");
    assertThat(productOwnerWork.get("verdict")).isEqualTo("mismatch");
    assertThat(productOwnerWork.get("suggested_title")).isEqualTo("Lead Product Owner");

    assertThat(row("ex-041").get("body_status")).isEqualTo("thin");
    assertThat(row("ex-001").get("suggested_title")).as("consistent").isEmpty();
  }

  @Test
  void findsTheBodiesOfAnotherJobByTheirStatus() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "body_status:other_job");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("matches=2\n")
        .contains("body_status other_job=2")
        .contains("ex-043")
        .contains("title project_manager, body other_job, mismatch, confusion 100");
  }

  @Test
  void givesAnotherJobItsOwnMatrixColumnAndShowsTheSuggestedTitleInTheExamples() throws Exception {
    Path out = dir.resolve("report");
    CliRun run =
        CliRun.of(
            "report", "--index", index.toString(), "--out", out.toString(), "--min-count", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();

    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    JsonNode matrix = json.at("/tables/matrix");
    List<String> columns = new ObjectMapper().convertValue(matrix.get("columns"), List.class);
    assertThat(columns)
        .containsExactly(
            "title_role",
            "body_product_manager",
            "body_project_manager",
            "body_product_owner",
            "other_job",
            "no_call");
    JsonNode projectManagers = matrix.get("rows").get(1);
    assertThat(projectManagers.get(0).asText()).isEqualTo("project_manager");
    assertThat(projectManagers.get(4).asInt()).isEqualTo(1);

    JsonNode examples = json.at("/tables/examples");
    assertThat(new ObjectMapper().convertValue(examples.get("columns"), List.class))
        .contains("suggested_title");
    boolean otherJobKind = false;
    for (JsonNode r : examples.get("rows")) {
      otherJobKind |= r.get(0).asText().equals("project_manager->other_job");
    }
    assertThat(otherJobKind).isTrue();
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Title that fits the body: Lead Product Owner")
        .contains("Another job");
  }

  @Test
  void indexesAndReportsAScoredCsvFromBeforeTheBodyStatus() throws Exception {
    Path old = dir.resolve("old.scored.csv");
    Files.writeString(old, OLD_SCORED_CSV, StandardCharsets.UTF_8);
    Path oldIndex = dir.resolve("old-index");
    CliRun indexing = CliRun.of("index", "--input", old.toString(), "--index", oldIndex.toString());
    assertThat(indexing.exitCode()).as(indexing.err()).isZero();

    CliRun search = CliRun.of("search", "--index", oldIndex.toString(), "body_status:ok");
    assertThat(search.out()).startsWith("matches=1\n").contains("old-1");

    Path out = dir.resolve("old-report");
    CliRun report =
        CliRun.of(
            "report", "--index", oldIndex.toString(), "--out", out.toString(), "--min-count", "1");
    assertThat(report.exitCode()).as(report.err()).isZero();
    JsonNode productManagers =
        new ObjectMapper()
            .readTree(out.resolve("report.json").toFile())
            .at("/tables/matrix/rows/0");
    assertThat(productManagers.toString()).isEqualTo("[\"product_manager\",0,0,1,0,1]");
  }
}
