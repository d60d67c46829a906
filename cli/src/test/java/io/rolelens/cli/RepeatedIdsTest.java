package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that gives one id to several rows: every row is accounted for, and the user told. */
class RepeatedIdsTest {
  /** Rows 2 to 10 (the header is row 1); a, b and d come again, a twice. */
  static final String[] IDS = {"a", "b", "a", "c", "b", "a", "d", "e", "d"};

  @TempDir Path dir;
  Path input;
  Path scored;

  @BeforeEach
  void writeTheExport() throws Exception {
    StringBuilder csv = new StringBuilder("id,title,description\n");
    for (int i = 0; i < IDS.length; i++) {
      csv.append(IDS[i])
          .append(",Product Owner,Own the product backlog and write user stories for team ")
          .append(i)
          .append(".\n");
    }
    input = Files.writeString(dir.resolve("export.csv"), csv);
    scored = dir.resolve("export.scored.csv");
  }

  @Test
  void scoreKeepsEveryRowAndWarnsNamingTheFirstIdsGivenAgainWithTheirRows() throws Exception {
    CliRun run = CliRun.of("score", "--quiet", "--input", input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).startsWith("rows_in=9 scored=9 rejected=0");
    assertThat(Files.readAllLines(scored)).hasSize(10);
    assertThat(run.err())
        .contains(
            "warning: 4 row(s) repeat the id of an earlier row: a (rows 2 and 4), b (rows 3 and 6),"
                + " a (rows 2 and 7), …; the scored CSV keeps all of these rows, but 'rolelens"
                + " index' keeps one posting per id (the last)\n");
  }

  @Test
  void indexCountsARowGivingAnIdAnEarlierRowGaveAsReplacedAndSaysSo() throws Exception {
    CliRun score = CliRun.of("score", "--quiet", "--input", input.toString());
    assertThat(score.exitCode()).as(score.err()).isZero();
    String index = dir.resolve("index").toString();

    CliRun first = CliRun.of("index", "--input", scored.toString(), "--index", index);
    CliRun again = CliRun.of("index", "--input", scored.toString(), "--index", index);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.lastLine()).isEqualTo("added=5 replaced=4 skipped=0 index_total=5");
    assertThat(first.err())
        .contains(
            "warning: 4 row(s) repeat the id of an earlier row: a (rows 2 and 4), b (rows 3 and 6),"
                + " a (rows 2 and 7), …; each later row replaced the earlier one, since the index"
                + " keeps one posting per id\n");
    assertThat(again.lastLine()).isEqualTo("added=0 replaced=9 skipped=0 index_total=5");
  }
}
