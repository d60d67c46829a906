package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Postings carrying spreadsheet formulas, HTML and Markdown go through score, index, search and
 * report: CSV outputs neutralise the formulas, the index and search keep the text as written, and
 * report.md and report.html show it as text.
 */
class HostileContentTest {
  static final String PO_BODY =
      "Own the product backlog. Write user stories with acceptance criteria. Run sprint planning"
          + " and sprint reviews.";

  @TempDir static Path dir;
  static Path scored;
  static Path report;

  @BeforeAll
  static void scoreIndexAndReport() throws Exception {
    Path csv = dir.resolve("hostile.csv");
    Files.writeString(
        csv,
        "id,title,company,location,date_posted,description\n"
            + "=1+1,Product"
            + " Manager,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",<script>alert(1)</script>,2025-05-01,"
            + PO_BODY
            + "\n"
            + "'quoted,Product Manager,@SUM(A1),\"a | b [link](http://evil.example) *bold* &"
            + " <b>\",2025-05-02,\""
            + PO_BODY
            + " Refine the backlog weekly.\"\n"
            + "+9,Product Owner,Initech,Toronto,2025-05-03,\n",
        StandardCharsets.UTF_8);
    scored = dir.resolve("hostile.scored.csv");
    Path index = dir.resolve("index");
    report = dir.resolve("report");
    CliRun score = CliRun.of("score", "--input", csv.toString(), "--quiet");
    assertThat(score.exitCode()).as(score.err()).isZero();
    CliRun indexRun = CliRun.of("index", "--input", scored.toString(), "--index", index.toString());
    assertThat(indexRun.exitCode()).as(indexRun.err()).isZero();
    CliRun reportRun =
        CliRun.of(
            "report",
            "--index",
            index.toString(),
            "--out",
            report.toString(),
            "--min-count",
            "1",
            "--generated-at",
            "2026-01-01");
    assertThat(reportRun.exitCode()).as(reportRun.err()).isZero();
  }

  @Test
  void theScoredAndRejectsCsvNeutraliseFormulasButKeepNumbersAsTheyAre() throws Exception {
    String text = Files.readString(scored);

    assertThat(text)
        .contains(
            "'=1+1,Product"
                + " Manager,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",<script>alert(1)</script>,")
        .contains("''quoted,Product Manager,'@SUM(A1),");
    assertThat(text.lines().skip(1))
        .allSatisfy(line -> assertThat(line).doesNotContainPattern(",'-?[0-9]"));
    assertThat(Files.readAllLines(dir.resolve("hostile.rejects.csv")).get(1))
        .isEqualTo("4,4,'+9,the description is empty");
  }

  @Test
  void theIndexTakesTheQuoteOffSoSearchShowsTheTextAsWritten() {
    CliRun run =
        CliRun.of(
            "search", "--index", dir.resolve("index").toString(), "title_role:product_manager");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("=1+1  Product Manager | =HYPERLINK(\"http://evil.example\",\"click\") | 2025Q2")
        .contains("'quoted  Product Manager | @SUM(A1) |")
        .doesNotContain("''quoted");
  }

  @Test
  void theReportTablesNeutraliseFormulas() throws Exception {
    assertThat(Files.readString(report.resolve("tables/by_company.csv")))
        .contains("'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")")
        .contains("'@SUM(A1)");
    assertThat(Files.readString(report.resolve("tables/examples.csv")))
        .contains(",'=1+1,")
        .contains(",''quoted,");
  }

  @Test
  void theMarkdownReportShowsHtmlAndMarkdownFromPostingsAsText() throws Exception {
    String md = Files.readString(report.resolve("report.md"));

    assertThat(md)
        .doesNotContain("<script")
        .doesNotContain("<b>")
        .doesNotContain("<i>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("a \\| b \\[link\\](http://evil.example) \\*bold\\* &amp; &lt;b&gt;")
        .contains("Generated 2026-01-01 from");
  }

  @Test
  void theHtmlReportShowsThemAsTextToo() throws Exception {
    String html = Files.readString(report.resolve("report.html"));

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }
}
