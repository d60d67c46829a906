package io.rolelens.scoring.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostingReaderTest {
  private static final String GOOD =
      "Own the product roadmap and vision. Run discovery interviews with customers.";

  static List<RowResult> readAll(Reader text) throws IOException {
    List<RowResult> rows = new ArrayList<>();
    try (PostingReader reader =
        PostingReader.open(text, InputFiles.formatFor(Path.of("x.csv")), Map.of())) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void aFiftyMegabyteDescriptionStreamedLazilyIsRejectedWithItsLengthAndTheRowsAfterItReadAsUsual()
      throws Exception {
    long size = 50L << 20;
    Reader text =
        new BoundedFieldReaderTest.SequenceReader(
            "id,title,description\n1,PM,\"",
            new BoundedFieldReaderTest.RepeatingReader("Own the roadmap.\n", size),
            "\"\n2,PM," + GOOD + "\n3,PM," + GOOD + "\n");

    List<RowResult> rows = readAll(text);

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0))
        .isEqualTo(
            new RowResult.Unreadable(
                2,
                2,
                "1",
                "the description has 52,428,800 characters, more than 2,000,000: is this really one"
                    + " posting?"));
    long lines = size / "Own the roadmap.\n".length();
    assertThat(rows.get(1))
        .isInstanceOfSatisfying(
            RowResult.Read.class,
            r -> {
              assertThat(r.posting().row()).isEqualTo(3);
              assertThat(r.posting().line()).isEqualTo(3 + lines);
              assertThat(r.posting().description()).isEqualTo(GOOD);
            });
    assertThat(((RowResult.Read) rows.get(2)).posting().line()).isEqualTo(4 + lines);
  }

  @Test
  void anOverLongFieldInAnotherColumnNamesThatColumn() throws Exception {
    String title = "x".repeat(PostingReader.MAX_FIELD_CHARS + 1);
    List<RowResult> rows =
        readAll(
            new StringReader(
                "id,title,description,salary\n7,"
                    + title
                    + ","
                    + GOOD
                    + ",1\n"
                    + "8,PM,"
                    + GOOD
                    + ","
                    + title
                    + "\n"));

    assertThat(rows.get(0))
        .isEqualTo(
            new RowResult.Unreadable(
                2,
                2,
                "7",
                "the title has 2,000,001 characters, more than 2,000,000: is this really one"
                    + " posting?"));
    assertThat(((RowResult.Unreadable) rows.get(1)).reason())
        .startsWith("the column 'salary' has 2,000,001 characters");
  }

  @Test
  void recordsAfterEmptyLinesAndMultiLineFieldsGetTheLineTheyReallyStartOn() throws Exception {
    List<RowResult> rows =
        readAll(
            new StringReader(
                "id,title,description\r\n\r\n1,PM,\"" + GOOD + "\r\nmore\"\r\n\r\n\r\n2,PM,\r\n"));

    assertThat(((RowResult.Read) rows.get(0)).posting().line()).isEqualTo(3);
    assertThat(rows.get(1))
        .isEqualTo(new RowResult.Unreadable(3, 7, "2", "the description is empty"));
  }

  @Test
  void anUnclosedQuoteStopsReadingWithTheLineItStartsOn() throws Exception {
    PostingReader reader =
        PostingReader.open(
            new StringReader("id,title,description\n1,PM," + GOOD + "\n2,PM,\"open\n3,PM,x\n"),
            InputFiles.formatFor(Path.of("x.csv")),
            Map.of());

    assertThat(reader.next()).isInstanceOf(RowResult.Read.class);
    assertThatThrownBy(reader::hasNext)
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            "unclosed quote starting at line 3: the rest of the file cannot be split into rows");
  }

  @Test
  void aBinaryFileIsNotMistakenForAHeader() {
    String binary = "\u0000\u0001\uFFFD\uFFFDPK\u0003\u0004\uFFFD,\uFFFD\u0002\n";

    assertThatThrownBy(() -> readAll(new StringReader(binary)))
        .isInstanceOf(IOException.class)
        .hasMessage("the first line is not text: is this really a CSV or TSV export?");
  }

  @Test
  void skippedRowsStillCountForTheRowAndLineNumbersOfTheRowsAfterThem() throws Exception {
    String csv =
        "id,title,description\n1,PM,\"two\nlines\"\n2,PM," + GOOD + "\n3,PM," + GOOD + "\n";
    try (PostingReader reader =
        PostingReader.open(new StringReader(csv), InputFiles.formatFor("x.csv"), Map.of())) {
      reader.skip();
      reader.skip();
      RowResult third = reader.next();

      assertThat(third.row()).isEqualTo(4);
      assertThat(((RowResult.Read) third).posting().line()).isEqualTo(5);
      assertThat(((RowResult.Read) third).posting().id()).isEqualTo("3");
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::skip).isInstanceOf(java.util.NoSuchElementException.class);
    }
  }
}
