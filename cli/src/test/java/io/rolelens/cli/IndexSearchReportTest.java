package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** score → index → search → report on the bundled example data, as README shows it. */
class IndexSearchReportTest {
  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void scoreAndIndexTheExamples() {
    Path scored = dir.resolve("postings.scored.csv");
    index = dir.resolve("index");
    CliRun score =
        CliRun.of(
            "score",
            "--input",
            Examples.POSTINGS.toString(),
            "--output",
            scored.toString(),
            "--include-description");
    assertThat(score.exitCode()).as(score.err()).isZero();
    CliRun first = CliRun.of("index", "--input", scored.toString(), "--index", index.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.lastLine()).isEqualTo("added=44 replaced=0 skipped=0 index_total=44");
  }

  @Test
  void reindexingTheSamePostingsReplacesThemInsteadOfAddingCopies() {
    CliRun again =
        CliRun.of(
            "index",
            "--input",
            dir.resolve("postings.scored.csv").toString(),
            "--index",
            index.toString());

    assertThat(again.lastLine()).isEqualTo("added=0 replaced=44 skipped=0 index_total=44");
  }

  @Test
  void searchWarnsOfAFieldTheIndexLacksNamingTheFieldsItHasAndStillAnswers() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "titel:manager");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("matches=0\n");
    assertThat(run.err())
        .isEqualTo(
            "warning: the index has no field 'titel', so titel: matches nothing; the fields are"
                + " body, title, id, quarter, title_role, body_role, body_status, verdict, company,"
                + " location, seniority, duplicate, duplicate_of\n");
  }

  @Test
  void searchWarnsOfAnExactValueOutsideTheFieldsValuesNamingThemEvenInANotClause() {
    CliRun run =
        CliRun.of(
            "search",
            "--index",
            index.toString(),
            "verdict:Mismatch OR (title_role:product_manager -body_status:other-job) OR"
                + " body_role:(none)");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines())
        .containsExactlyInAnyOrder(
            "warning: verdict:Mismatch matches nothing: verdict is one of consistent, mixed,"
                + " mismatch, unclear, as written (did you mean verdict:mismatch?)",
            "warning: body_status:other-job matches nothing: body_status is one of ok, thin,"
                + " other_job, not_english, as written (did you mean body_status:other_job?)",
            "warning: body_role:none matches nothing: body_role is one of product_manager,"
                + " project_manager, product_owner, (none), as written (did you mean"
                + " body_role:\"(none)\"?)");
  }

  @Test
  void searchSaysNothingOfKnownFieldsAndValues() {
    CliRun run =
        CliRun.of(
            "search",
            "--index",
            index.toString(),
            "verdict:mismatch AND body_role:\"(none)\" AND duplicate:false AND title:manager AND"
                + " quarter:2025Q3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void searchesTheBodyWithinATitleRoleAndCountsFacets() {
    CliRun run =
        CliRun.of(
            "search",
            "--index",
            index.toString(),
            "title_role:product_manager AND body:\"product backlog\"");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("matches=1\n")
        .contains("title_role  product_manager=1")
        .contains("body_role   product_owner=1")
        .contains("ex-012")
        .contains("<b>product backlog</b>");
  }

  @Test
  void printsTheSearchResultsExactlyAsTheGoldenFile() throws Exception {
    CliRun run =
        CliRun.of(
            "search", "--index", index.toString(), "--top", "20", "body:roadmap OR body:backlog");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Examples.updateIfAsked("search.txt", run.out());
    String golden = Examples.golden("search.txt");
    if (golden != null) {
      assertThat(run.out()).isEqualTo(golden);
    }
  }

  @Test
  void explainsAQueryItCannotParseAsAUsageError() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "body:\"unclosed");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot read the query 'body:\"unclosed'")
        .doesNotContain("Exception")
        .contains("see 'rolelens search --help'")
        .hasLineCount(1);
  }

  @Test
  void writesTheReportJsonExactlyAsTheGoldenFile() throws Exception {
    Path out = dir.resolve("report-all");
    CliRun run =
        CliRun.of(
            "report",
            "--index",
            index.toString(),
            "--out",
            out.toString(),
            "--min-count",
            "3",
            "--generated-at",
            "2026-01-01T00:00:00Z");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
    Examples.updateIfAsked("report.json", json);
    String golden = Examples.golden("report.json");
    if (golden != null) {
      assertThat(json).isEqualTo(golden);
    }
  }

  @Test
  void writesEverySectionToHtmlMarkdownAndCsvWithInlineChartsAndNoNetwork() throws Exception {
    Path out = dir.resolve("report-q3");
    CliRun run =
        CliRun.of(
            "report",
            "--index",
            index.toString(),
            "--quarter",
            "2025Q3",
            "--out",
            out.toString(),
            "--min-count",
            "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html)
        .contains("<svg")
        .contains("@media print")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("@import")
        .doesNotContainPattern("(src|href)=['\"]?https?:")
        .doesNotContainPattern("url\\(['\"]?https?:");
    for (String section :
        new String[] {
          "Headline figures",
          "Title role × body role",
          "Confusion trend",
          "By company",
          "By location",
          "By seniority",
          "Phrases that drive",
          "Certifications",
          "Outcome-versus-output",
          "Example postings",
          "Methodology"
        }) {
      assertThat(html).contains(section);
      assertThat(Files.readString(out.resolve("report.md"))).contains(section);
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(json.get("scope").asText()).isEqualTo("2025Q3");
    assertThat(json.at("/tables/headline/rows/0/0").asText()).isEqualTo("2025Q3");
    assertThat(json.at("/tables/headline/rows/0/3").asInt())
        .as("QoQ postings change vs 2025Q2")
        .isEqualTo(1);
    assertThat(out.resolve("tables").resolve("by_company.csv")).exists();
    assertThat(Files.list(out.resolve("tables"))).hasSize(11);
  }

  @Test
  void leavesDuplicatesOutOfTheReportCounts() throws Exception {
    Path out = dir.resolve("report-dup");
    CliRun.of("report", "--index", index.toString(), "--out", out.toString());

    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(json.get("duplicates_excluded").asInt()).isEqualTo(1);
    int matrixTotal = 0;
    for (JsonNode row : json.at("/tables/matrix/rows")) {
      for (int i = 1; i < row.size(); i++) {
        matrixTotal += row.get(i).asInt();
      }
    }
    assertThat(matrixTotal).isEqualTo(43);
  }

  @Test
  void namesTheQuartersAvailableWhenAskedForOneTheIndexLacks() {
    CliRun run =
        CliRun.of(
            "report",
            "--index",
            index.toString(),
            "--quarter",
            "2019Q1",
            "--out",
            dir.resolve("x").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("no postings in 2019Q1")
        .contains("2025Q1, 2025Q2, 2025Q3, 2025Q4");
  }
}
