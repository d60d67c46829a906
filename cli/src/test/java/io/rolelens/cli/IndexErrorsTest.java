package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * index, search and report on folders that are not (yet) an index: a plain sentence, and nothing
 * created.
 */
class IndexErrorsTest {
  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheExamples() {
    index = Examples.indexed(dir);
  }

  static void assertFails(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("rolelens: " + message + "\n");
  }

  @Test
  void aQueryNestedFiveThousandDeepIsAUsageErrorNotAStackTrace() {
    CliRun run =
        CliRun.of(
            "search", "--index", index.toString(), "(".repeat(5000) + "backlog" + ")".repeat(5000));

    UsageErrorsTest.assertUsageError(
        run, "the query nests parentheses 5,000 deep, more than the 50 allowed");
  }

  @Test
  void searchingAFolderThatIsNotAnIndexSaysSoPlainly() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertFails(
        CliRun.of("search", "--index", empty.toString(), "backlog"),
        empty + " holds no RoleLens index: run rolelens index first");

    Path junk = Files.createDirectory(dir.resolve("junk"));
    Files.writeString(junk.resolve("segments_1"), "not lucene");
    assertFails(
        CliRun.of("search", "--index", junk.toString(), "backlog"),
        junk
            + " holds an index that cannot be read (damaged, or written by another version): run"
            + " rolelens index into a new directory");

    Path file = Files.writeString(dir.resolve("file.csv"), "id\n");
    assertFails(
        CliRun.of("search", "--index", file.toString(), "backlog"),
        file
            + " holds no RoleLens index (it is a file, not a directory): run rolelens index first");
  }

  @Test
  void searchingOrReportingAMissingIndexCreatesNothing() {
    Path missing = dir.resolve("missing");
    Path out = dir.resolve("report-of-missing");

    assertFails(
        CliRun.of("search", "--index", missing.toString(), "backlog"),
        missing + " holds no RoleLens index (it does not exist): run rolelens index first");
    assertFails(
        CliRun.of("report", "--index", missing.toString(), "--out", out.toString()),
        missing + " holds no RoleLens index (it does not exist): run rolelens index first");
    assertThat(missing).doesNotExist();
    assertThat(out).doesNotExist();
  }

  @Test
  void searchingAnIndexWithNoPostingsSaysSoInsteadOfALuceneMessage() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("header.csv"), "id,title,description\n", StandardCharsets.UTF_8);
    Path emptyIndex = dir.resolve("empty-index");
    assertThat(CliRun.of("score", "--input", csv.toString()).exitCode()).isZero();
    assertThat(
            CliRun.of(
                    "index",
                    "--input",
                    dir.resolve("header.scored.csv").toString(),
                    "--index",
                    emptyIndex.toString())
                .exitCode())
        .isZero();

    assertFails(
        CliRun.of("search", "--index", emptyIndex.toString(), "backlog"),
        emptyIndex + " holds no postings yet: run rolelens index with a scored CSV first");
  }

  @Test
  void indexingSomethingThatIsNotAScoredCsvCreatesNoIndex() {
    Path target = dir.resolve("never-created");
    CliRun run =
        CliRun.of("index", "--input", Examples.POSTINGS.toString(), "--index", target.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("rolelens: this is not a scored CSV").hasLineCount(1);
    assertThat(target).doesNotExist();
  }

  @Test
  void anIndexOrReportFolderThatIsAFileIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    UsageErrorsTest.assertUsageError(
        CliRun.of(
            "index",
            "--input",
            dir.resolve("postings.scored.csv").toString(),
            "--index",
            file.toString()),
        "--index " + file + " is a file");
    UsageErrorsTest.assertUsageError(
        CliRun.of("report", "--index", index.toString(), "--out", file.toString()),
        "--out " + file + " is a file");
    UsageErrorsTest.assertUsageError(
        CliRun.of("report", "--index", index.toString(), "--out", index.toString()),
        "is the index directory");
  }

  @Test
  void topZeroListsTheCountsOnly() {
    CliRun run = CliRun.of("search", "--index", index.toString(), "--top", "0", "backlog");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("matches=").doesNotContain("ex-0");
  }
}
