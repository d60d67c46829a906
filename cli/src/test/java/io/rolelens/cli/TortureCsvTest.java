package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives clear messages and exact row accounting, never a stack trace. */
class TortureCsvTest {
  static final String HEADER = "id,title,description\n";
  static final String GOOD =
      "Own the product roadmap and vision. Run discovery interviews with customers.";

  @TempDir Path dir;

  CliRun score(String name, byte[] content) throws Exception {
    Path csv = dir.resolve(name);
    Files.write(csv, content);
    CliRun run = CliRun.of("score", "--input", csv.toString(), "--quiet");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  CliRun score(String name, String content) throws Exception {
    return score(name, content.getBytes(StandardCharsets.UTF_8));
  }

  List<String> rejects(String name) throws Exception {
    return Files.readAllLines(dir.resolve(name + ".rejects.csv"));
  }

  @Test
  void anUnbalancedQuoteThatRunsToTheEndStopsTheRunNamingItsLineAndWritesNothing()
      throws Exception {
    CliRun run =
        score(
            "eof.csv",
            HEADER
                + "1,Product Manager,"
                + GOOD
                + "\n2,Product Owner,\"Own the backlog.\n3,PM,Plan.\n");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("rolelens: unclosed quote starting at line 3")
        .contains("nothing was written");
    assertThat(dir.resolve("eof.scored.csv")).doesNotExist();
    assertThat(dir.resolve("eof.rejects.csv")).doesNotExist();
    assertThat(CliRun.partialFiles(dir)).isEmpty();
  }

  @Test
  void rowsWithTooFewOrTooManyFieldsAreRejectedWithBothCounts() throws Exception {
    CliRun run =
        score(
            "cols.csv",
            HEADER
                + "1,PM,"
                + GOOD
                + "\n2,only two\n3,PM,"
                + GOOD
                + ",extra\n4,PM,\""
                + GOOD
                + "\"\n");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lastLine()).startsWith("rows_in=4 scored=2 rejected=2");
    assertThat(rejects("cols"))
        .containsExactly(
            "row,line,id,reason",
            "3,3,2,\"has 2 fields, the header has 3\"",
            "4,4,3,\"has 4 fields, the header has 3\"");
  }

  @Test
  void anEmptyFileIsNamedAndSaidToHaveNoHeader() throws Exception {
    CliRun run = score("empty.csv", "");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "rolelens: "
                + dir.resolve("empty.csv")
                + " is empty: expected a header row naming the columns\n");
    assertThat(dir.resolve("empty.scored.csv")).doesNotExist();
    assertThat(dir.resolve("empty.rejects.csv")).doesNotExist();
  }

  @Test
  void aTabSeparatedFileNamedCsvIsToldToBeRenamedTsvInsteadOfToNameAColumn() throws Exception {
    CliRun run = score("tabs.csv", "id\ttitle\tdescription\n1\tProduct Manager\t" + GOOD + "\n");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "rolelens: the header is one column holding tabs (id, title, description): the file"
                + " looks tab-separated, but its name says comma-separated; rename it to .tsv (or"
                + " .tsv.gz when gzipped) so it is read with tabs\n");
    assertThat(dir.resolve("tabs.scored.csv")).doesNotExist();
  }

  @Test
  void aSemicolonSeparatedFileIsToldToBeExportedWithCommasOrTabs() throws Exception {
    CliRun run = score("semi.csv", "id;title;description\n1;Product Manager;" + GOOD + "\n");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("the header is one column holding semicolons (id, title, description)")
        .contains("export it again comma-separated (.csv) or tab-separated (.tsv)")
        .doesNotContain("--columns");
  }

  @Test
  void aHeaderOnlyFileScoresNothingAndSaysSo() throws Exception {
    CliRun run = score("header.csv", HEADER);

    assertThat(run.exitCode()).isZero();
    assertThat(run.lastLine()).isEqualTo("rows_in=0 scored=0 rejected=0 duplicates=0 undated=0");
    assertThat(Files.readAllLines(dir.resolve("header.scored.csv"))).hasSize(1);
  }

  @Test
  void aTenMegabyteFieldIsRejectedAsNotOnePosting() throws Exception {
    String huge = "Own the roadmap. ".repeat(10 * 1024 * 1024 / 17);
    CliRun run = score("huge.csv", HEADER + "1,PM,\"" + huge + "\"\n2,PM," + GOOD + "\n");

    assertThat(run.exitCode()).isZero();
    assertThat(run.lastLine()).startsWith("rows_in=2 scored=1 rejected=1");
    assertThat(rejects("huge").get(1)).startsWith("2,2,1,").contains("is this really one posting?");
  }

  @Test
  void invalidUtf8AndNulBytesAreRepairedCountedAndScored() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((HEADER + "1,PM,Own the product roadmap ").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    bytes.writeBytes(
        (" and vision.\n2,PM,Run discovery\0 interviews with customers.\n")
            .getBytes(StandardCharsets.UTF_8));
    CliRun run = score("bytes.csv", bytes.toByteArray());

    assertThat(run.exitCode()).isZero();
    assertThat(run.lastLine()).startsWith("rows_in=2 scored=2 rejected=0");
    assertThat(run.err())
        .contains("1 row(s) had bytes that are not UTF-8")
        .contains("1 row(s) held NUL characters");
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsReadLikeAnyOtherFile() throws Exception {
    CliRun run =
        score(
            "bom.csv",
            "\uFEFFid,title,description\r\n"
                + "1,Product Owner,\"Own the product backlog.\r\n"
                + "Write user stories.\"\r\n"
                + "2,PM,"
                + GOOD
                + "\r\n");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("columns: id=id, title=title, description=description");
    assertThat(run.lastLine()).startsWith("rows_in=2 scored=2 rejected=0");
    assertThat(Files.readAllLines(dir.resolve("bom.scored.csv")).get(1))
        .startsWith("1,Product Owner,");
  }

  @Test
  void duplicateHeaderNamesAreReportedAndTheFirstIsUsed() throws Exception {
    CliRun run =
        score("dup.csv", "id,title,description,title\n1,Product Manager," + GOOD + ",Cook\n");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("the header names 'title' twice (columns 2 and 4); using column 2");
    assertThat(Files.readAllLines(dir.resolve("dup.scored.csv")).get(1))
        .startsWith("1,Product Manager,");
  }

  @Test
  void aMissingDescriptionRejectsTheRowAndAnUnreadableDateKeepsItWithoutAQuarter()
      throws Exception {
    CliRun run =
        score(
            "dates.csv",
            "id,title,description,date\n1,PM,,2025-01-02\n2,PM," + GOOD + ",next tuesday\n");

    assertThat(run.lastLine()).isEqualTo("rows_in=2 scored=1 rejected=1 duplicates=0 undated=1");
    assertThat(rejects("dates").get(1)).isEqualTo("2,2,1,the description is empty");
    assertThat(Files.readAllLines(dir.resolve("dates.scored.csv")).get(1))
        .startsWith("2,PM,,,next tuesday,,");
  }
}
