package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  @TempDir Path dir;

  @Test
  void scoresTheBundledExamplesExactlyAsTheGoldenFile() throws Exception {
    Path out = dir.resolve("postings.scored.csv");
    CliRun run =
        CliRun.of(
            "score",
            "--input",
            Examples.POSTINGS.toString(),
            "--output",
            out.toString(),
            "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).isEqualTo("rows_in=44 scored=44 rejected=0 duplicates=1 undated=1");
    String actual = Files.readString(out, StandardCharsets.UTF_8);
    Examples.updateIfAsked("postings.scored.csv", actual);
    String golden = Examples.golden("postings.scored.csv");
    if (golden != null) {
      assertThat(actual).isEqualTo(golden);
    }
  }

  @Test
  void saysWhichColumnsItChoseAndWritesTheColumnsInTheDocumentedOrder() throws Exception {
    Path out = dir.resolve("s.csv");
    CliRun run =
        CliRun.of("score", "--input", Examples.POSTINGS.toString(), "--output", out.toString());

    assertThat(run.err())
        .contains(
            "columns: id=job_id, title=title, description=description, company=company,"
                + " location=location, date=date_posted");
    assertThat(Files.readAllLines(out).get(0))
        .isEqualTo(
            "id,title,company,location,date_posted,quarter,title_role,body_role,body_status,product_manager_share,"
                + "project_manager_share,product_owner_share,confusion_score,verdict,suggested_title,outcome_output_index,"
                + "evidence,duplicate_of");
  }

  @Test
  void marksAnExactDuplicateDescriptionWithTheFirstPostingsId() throws Exception {
    Path out = dir.resolve("s.csv");
    CliRun.of("score", "--input", Examples.POSTINGS.toString(), "--output", out.toString());

    assertThat(Files.readAllLines(out))
        .anySatisfy(l -> assertThat(l).startsWith("ex-038,").endsWith(",ex-002"));
  }

  @Test
  void readsGzippedTsvWithColumnsNamedOnTheCommandLine() throws Exception {
    String tsv =
        "Ref\tJob Name\tText\tWhen\n"
            + "a1\tProduct Owner\tOwn the product backlog. Write user stories with acceptance"
            + " criteria. Run sprint planning.\t2024-05-02\n";
    Path gz = dir.resolve("export.tsv.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
      z.write(tsv.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(gz, bytes.toByteArray());
    CliRun run =
        CliRun.of(
            "score",
            "--input",
            gz.toString(),
            "--columns",
            "id=Ref,title=Job Name,description=Text,date=When");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).startsWith("rows_in=1 scored=1 rejected=0");
    List<String> lines = Files.readAllLines(dir.resolve("export.scored.csv"));
    assertThat(lines.get(1))
        .startsWith("a1,Product Owner,,,2024-05-02,2024Q2,product_owner,product_owner,");
    assertThat(dir.resolve("export.rejects.csv")).hasContent("row,line,id,reason");
  }

  @Test
  void scoresHtmlDescriptionsOnTheirTextWithEntitiesDecoded() throws Exception {
    Path csv = dir.resolve("html.csv");
    Files.writeString(
        csv,
        "id,title,description\n"
            + "h1,Product Owner,\"<p>Own &amp; prioritize the product backlog.</p><ul><li>Write"
            + " user stories</li><li>Run sprint planning &ndash; and reviews</li></ul>\"\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("html.scored.csv");
    CliRun run = CliRun.of("score", "--input", csv.toString(), "--include-description");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String scored = Files.readString(out);
    assertThat(scored)
        .contains("product_owner,product_owner")
        .contains("Run sprint planning – and reviews")
        .doesNotContain("<li>")
        .doesNotContain("&amp;");
  }

  @Test
  void saysWhenNoDescriptionColumnCanBeFound() throws Exception {
    Path csv = dir.resolve("x.csv");
    Files.writeString(csv, "id,title,salary\n1,PM,100\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("score", "--input", csv.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("found no description column")
        .contains("--columns description=NAME")
        .doesNotContain("Exception");
    assertThat(dir.resolve("x.scored.csv")).doesNotExist();
  }

  @Test
  void findsColumnsByTheNamesCommonExportsUse() throws Exception {
    Path csv = dir.resolve("export.csv");
    Files.writeString(
        csv,
        "Job ID,Job Title,companyName,place,publishedAt,job_description\n"
            + "7,Product Owner,Initech,Toronto,2024-11-05T10:00:00Z,Own the product backlog. Write"
            + " user stories.\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("score", "--input", csv.toString());

    assertThat(run.err())
        .contains(
            "columns: id=Job ID, title=Job Title, description=job_description, company=companyName,"
                + " location=place, date=publishedAt");
    assertThat(Files.readAllLines(dir.resolve("export.scored.csv")).get(1))
        .startsWith("7,Product Owner,Initech,Toronto,2024-11-05,2024Q4,");
  }

  @Test
  void namesTheHeaderWhenAColumnsOverrideMatchesNothing() throws Exception {
    CliRun run =
        CliRun.of(
            "score",
            "--input",
            Examples.POSTINGS.toString(),
            "--output",
            dir.resolve("o.csv").toString(),
            "--columns",
            "title=Headline");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "--columns: title=Headline names no column; the header has job_id, title, company");
  }

  @Test
  void aRepeatedPostingGetsTheSameScoresAsItsFirstOccurrenceAndIsMarkedDuplicate()
      throws Exception {
    Path csv = dir.resolve("repeat.csv");
    StringBuilder rows = new StringBuilder("id,title,description,date\n");
    for (int i = 0; i < 100; i++) {
      rows.append("r")
          .append(i)
          .append(",Product Manager,\"Own the product backlog and write user stories. Posting ")
          .append(i % 7)
          .append(".\",2025-0")
          .append(1 + i % 9)
          .append("-01\n");
    }
    Files.writeString(csv, rows, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("score", "--input", csv.toString(), "--threads", "2");

    assertThat(run.lastLine()).startsWith("rows_in=100 scored=100 rejected=0 duplicates=93");
    List<String> lines = Files.readAllLines(dir.resolve("repeat.scored.csv"));
    assertThat(lines.get(8)).startsWith("r7,Product Manager,,,2025-08-01,2025Q3,").endsWith(",r0");
    assertThat(lines.get(8).substring(lines.get(8).indexOf("product_manager,")))
        .isEqualTo(
            lines
                .get(1)
                .substring(lines.get(1).indexOf("product_manager,"))
                .replaceFirst(",$", ",r0"));
  }
}
