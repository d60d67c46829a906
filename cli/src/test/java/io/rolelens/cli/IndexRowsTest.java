package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What 'index' does with rows and folders it cannot take: it says which and why, and keeps none.
 */
class IndexRowsTest {
  @TempDir Path dir;
  Path scored;

  @BeforeEach
  void scoreThreePostings() throws Exception {
    Path input =
        Files.writeString(
            dir.resolve("export.csv"),
            "id,title,description\n"
                + "a,Product Owner,Own the product backlog and write user stories.\n"
                + "b,Product Owner,Own the product backlog and write user stories.\n"
                + "c,Product Owner,Own the product backlog and write user stories.\n");
    CliRun score = CliRun.of("score", "--quiet", "--input", input.toString());
    assertThat(score.exitCode()).as(score.err()).isZero();
    scored = dir.resolve("export.scored.csv");
  }

  /**
   * The scored CSV with {@code column}'s cell of the row with id {@code id} set to {@code value}.
   */
  private void change(String id, String column, String value) throws Exception {
    List<String> lines = Files.readAllLines(scored);
    List<String> header = List.of(lines.get(0).split(","));
    int at = header.indexOf(column);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith(id + ",")) {
        // The examples' cells hold no commas or quotes before the evidence, so a split finds them.
        String[] cells = lines.get(i).split(",", -1);
        cells[at] = value;
        lines.set(i, String.join(",", cells));
      }
    }
    Files.write(scored, lines);
  }

  @Test
  void skipsARowWithACellScoreNeverWritesNamingItsRowAndTheCell() throws Exception {
    change("a", "verdict", "weird");
    change("b", "product_owner_share", "abc");

    CliRun run =
        CliRun.of(
            "index", "--input", scored.toString(), "--index", dir.resolve("index").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).isEqualTo("added=1 replaced=0 skipped=2 index_total=1");
    assertThat(run.err())
        .contains(
            "warning: skipped 2 row(s) that cannot be indexed: row 2: verdict 'weird' is not one"
                + " of consistent, mixed, mismatch, unclear; row 3: product_owner_share 'abc' is"
                + " not a number from 0 to 1\n");
  }

  @Test
  void refusesAFolderOfOtherFilesRatherThanWritingTheIndexAmongThem() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("my-csvs"));
    Files.writeString(folder.resolve("notes.csv"), "x\n");

    CliRun run = CliRun.of("index", "--input", scored.toString(), "--index", folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(folder + " holds other files (notes.csv) and no RoleLens index")
        .hasLineCount(1);
    try (var files = Files.list(folder)) {
      assertThat(files).hasSize(1);
    }
  }
}
