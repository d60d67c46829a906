package io.rolelens.scoring.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolelens.analyzer.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TallyFilesTest {
  @TempDir Path dir;

  private ReportTallies tallies() {
    ReportTallies tallies = new ReportTallies(4);
    tallies.add(Postings.titledProductManager("a", "2025Q1", Role.PRODUCT_OWNER, 80));
    tallies.add(Postings.titledProductManager("b", "2025Q3", Role.PROJECT_MANAGER, 0));
    tallies.add(Postings.titledProductManager("c", "(none)", Role.PRODUCT_MANAGER, 10));
    return tallies;
  }

  @Test
  void readsBackWhatItWroteCellForCell() throws IOException {
    ReportTallies written = tallies();
    TallyFiles.write(written, "2.1", dir);

    TallyFiles.Saved read = TallyFiles.read(dir);

    assertThat(read.lexiconVersion()).isEqualTo("2.1");
    assertThat(read.tallies().examplesKept()).isEqualTo(4);
    assertThat(read.tallies().tables()).isEqualTo(written.tables());
    assertThat(read.tallies().examples()).isEqualTo(written.examples());
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrderElementsOf(TallyFiles.fileNames());
  }

  @Test
  void writesTextThatCouldRunAsAFormulaQuotedAndNumbersAsTheyAre() throws IOException {
    TallyFiles.write(tallies(), "2.1", dir);

    String groups = Files.readString(dir.resolve("groups.csv"), StandardCharsets.UTF_8);
    assertThat(groups).contains("2025Q1,product_manager,company,'=Acme,1,1,1,1,1,80\n");
    assertThat(Files.readString(dir.resolve("outcome_output.csv"), StandardCharsets.UTF_8))
        .contains("2025Q3,product_manager,-0.5,1\n");
  }

  @Test
  void findsTheAggregatesFolderInsideASparkOutputFolder() throws IOException {
    TallyFiles.write(tallies(), "2.1", dir.resolve("aggregates"));

    assertThat(TallyFiles.read(dir).tallies().tables()).isEqualTo(tallies().tables());
  }

  @Test
  void addsUpSeveralFoldersOfTheSameLexicon() throws IOException {
    TallyFiles.write(tallies(), "2.1", dir.resolve("one"));
    TallyFiles.write(tallies(), "2.1", dir.resolve("two"));

    ReportTallies sum = TallyFiles.read(List.of(dir.resolve("one"), dir.resolve("two"))).tallies();

    assertThat(sum.table(Tally.DUPLICATES).size()).isZero();
    assertThat(
            sum.table(Tally.MATRIX)
                .rows()
                .get(List.of("2025Q1", "product_manager", "product_owner")))
        .containsExactly(2);
  }

  @Test
  void refusesToAddUpFoldersScoredWithDifferentLexicons() throws IOException {
    TallyFiles.write(tallies(), "2.1", dir.resolve("one"));
    TallyFiles.write(tallies(), "2.2", dir.resolve("two"));

    assertThatThrownBy(() -> TallyFiles.read(List.of(dir.resolve("one"), dir.resolve("two"))))
        .hasMessageContaining("scored with lexicon 2.2")
        .hasMessageContaining("one lexicon only");
  }

  @Test
  void namesAFolderWithoutAggregates() {
    assertThatThrownBy(() -> TallyFiles.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("aggregates.json")
        .hasMessageContaining("no aggregates here");
  }

  @Test
  void namesTheFileLineAndCellOfACountThatIsNotAWholeNumber() throws IOException {
    TallyFiles.write(tallies(), "2.1", dir);
    Path matrix = dir.resolve("matrix.csv");
    Files.writeString(
        matrix,
        Files.readString(matrix).replaceFirst("(?m)^(2025Q1,.*),1$", "$1,one"),
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> TallyFiles.read(dir))
        .hasMessageContaining(matrix.toString())
        .hasMessageContaining("line 3")
        .hasMessageContaining("'one' in column 4 is not a whole number");
  }

  @Test
  void namesAFileWhoseHeaderDiffers() throws IOException {
    TallyFiles.write(tallies(), "2.1", dir);
    Files.writeString(dir.resolve("duplicates.csv"), "quarter,count\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> TallyFiles.read(dir))
        .hasMessageContaining("duplicates.csv has the header [quarter, count]")
        .hasMessageContaining("expected quarter,postings");
  }

  @Test
  void refusesAnotherFormat() throws IOException {
    TallyFiles.write(tallies(), "2.1", dir);
    Files.writeString(dir.resolve(TallyFiles.MANIFEST), "{\"format\":\"rolelens-aggregates/9\"}");

    assertThatThrownBy(() -> TallyFiles.read(dir))
        .hasMessageContaining("names the format 'rolelens-aggregates/9'")
        .hasMessageContaining("reads rolelens-aggregates/2");
  }
}
