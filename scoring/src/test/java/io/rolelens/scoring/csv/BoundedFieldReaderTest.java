package io.rolelens.scoring.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class BoundedFieldReaderTest {
  private static final CSVFormat CSV = InputFiles.formatFor(java.nio.file.Path.of("x.csv"));
  private static final CSVFormat TSV = InputFiles.formatFor(java.nio.file.Path.of("x.tsv"));

  /** A record as parsed, with the span the bounded reader noted for it. */
  record Parsed(List<String> values, long position, BoundedFieldReader.Span span) {}

  static List<Parsed> parse(String text, CSVFormat format, long limit) throws IOException {
    return parse(text, format, limit, 0);
  }

  /**
   * Parses through the bounded reader, asking it for at most {@code trickle} characters a read (0:
   * as many as the parser wants).
   */
  static List<Parsed> parse(String text, CSVFormat format, long limit, int trickle)
      throws IOException {
    BoundedFieldReader bounded =
        BoundedFieldReader.following(new StringReader(text), format, limit);
    Reader in =
        trickle == 0
            ? bounded
            : new Reader() {
              @Override
              public int read(char[] buf, int off, int len) throws IOException {
                return bounded.read(buf, off, Math.min(len, trickle));
              }

              @Override
              public void close() throws IOException {
                bounded.close();
              }
            };
    List<Parsed> out = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      for (CSVRecord r : parser) {
        out.add(
            new Parsed(
                r.toList(), r.getCharacterPosition(), bounded.spanAt(r.getCharacterPosition())));
      }
    }
    return out;
  }

  /**
   * The records Commons CSV reads from {@code text} on its own, or null when a quote is left open.
   */
  static List<CSVRecord> plain(String text, CSVFormat format) throws IOException {
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      return parser.getRecords();
    } catch (java.io.UncheckedIOException e) {
      return null; // the bounded reader fails the same way:
      // anUnclosedQuoteIsRememberedWithTheLineItOpensOn
    }
  }

  /**
   * The line a record starts on, counted from the original text: line breaks before it, CRLF as
   * one.
   */
  static long lineOf(String text, long position) {
    int p = (int) position;
    while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
      p++; // empty lines the parser skips
    }
    long line = 1;
    for (int i = 0; i < p; i++) {
      char c = text.charAt(i);
      if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
        line++;
      }
    }
    return line;
  }

  static String randomCsv(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void withAGenerousLimitTheParserSeesExactlyWhatItWouldHaveSeenAndEveryRecordHasItsStartLine()
      throws Exception {
    Random random = new Random(13);
    for (CSVFormat format : List.of(CSV, TSV)) {
      for (int i = 0; i < 3000; i++) {
        String text = randomCsv(random, "ab,\t\"\" \n\r", random.nextInt(40));
        List<CSVRecord> expected = plain(text, format);
        if (expected == null) {
          continue;
        }
        List<Parsed> bounded = parse(text, format, 1_000);
        assertThat(bounded).as(text).hasSameSizeAs(expected);
        for (int r = 0; r < expected.size(); r++) {
          Parsed p = bounded.get(r);
          assertThat(p.values()).as(text).isEqualTo(expected.get(r).toList());
          assertThat(p.span()).as(text).isNotNull();
          assertThat(p.span().firstLine())
              .as("line of record %d in %s", r, text)
              .isEqualTo(lineOf(text, p.position()));
          assertThat(p.span().longFields()).isEmpty();
        }
      }
    }
  }

  @Test
  void withASmallLimitOnlyTheLongFieldsAreCutAndFlaggedAndEveryOtherFieldAndLineStaysTheSame()
      throws Exception {
    Random random = new Random(42);
    int limit = 3;
    for (int i = 0; i < 3000; i++) {
      String text = randomCsv(random, "abcd,\"\"\n\r", random.nextInt(60));
      List<CSVRecord> expected = plain(text, CSV);
      if (expected == null) {
        continue;
      }
      List<Parsed> bounded = parse(text, CSV, limit, 1 + i % 3);
      assertThat(bounded).as(text).hasSameSizeAs(expected);
      for (int r = 0; r < expected.size(); r++) {
        Parsed p = bounded.get(r);
        List<String> want = expected.get(r).toList();
        assertThat(p.values()).as(text).hasSameSizeAs(want);
        assertThat(p.span().firstLine())
            .as(text)
            .isEqualTo(lineOf(text, expected.get(r).getCharacterPosition()));
        List<Integer> flagged =
            p.span().longFields().stream().map(BoundedFieldReader.LongField::index).toList();
        for (int f = 0; f < want.size(); f++) {
          if (want.get(f).length() > limit) {
            assertThat(flagged).as(text).contains(f);
            assertThat(p.values().get(f)).as(text).isEqualTo(want.get(f).substring(0, limit + 1));
          } else {
            assertThat(flagged).as(text).doesNotContain(f);
            assertThat(p.values().get(f)).as(text).isEqualTo(want.get(f));
          }
        }
        p.span()
            .longFields()
            .forEach(l -> assertThat(l.length()).as(text).isEqualTo(want.get(l.index()).length()));
      }
    }
  }

  @Test
  void anUnclosedQuoteIsRememberedWithTheLineItOpensOn() throws Exception {
    String text = "id,text\n1,fine\n2,\"open\nand\nnever closed\n";
    BoundedFieldReader bounded = BoundedFieldReader.following(new StringReader(text), CSV, 10);
    try (CSVParser parser = CSVParser.builder().setReader(bounded).setFormat(CSV).get()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(parser::getRecords)
          .isInstanceOf(java.io.UncheckedIOException.class);
    }
    assertThat(bounded.unclosedQuoteLine()).isEqualTo(3);
  }

  @Test
  void
      aFiftyMegabyteQuotedFieldReachesTheParserAsAtMostLimitPlusOneCharactersWithItsFullLengthNoted()
          throws Exception {
    String unit = "line one\n\"\"quoted\"\", "; // one line break and two doubled quotes
    long units = (50L << 20) / unit.length();
    Reader text =
        new SequenceReader(
            "id,text\n1,\"", new RepeatingReader(unit, units * unit.length()), "\"\n2,short\n");
    BoundedFieldReader bounded = BoundedFieldReader.following(text, CSV, 1_000);
    List<Parsed> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(bounded).setFormat(CSV).get()) {
      for (CSVRecord r : parser) {
        records.add(
            new Parsed(
                r.toList(), r.getCharacterPosition(), bounded.spanAt(r.getCharacterPosition())));
      }
    }
    assertThat(records).hasSize(3);
    assertThat(records.get(1).values().get(1)).hasSize(1_001);
    long length = units * (unit.length() - 2); // each doubled quote reads as one
    assertThat(records.get(1).span().longFields())
        .containsExactly(new BoundedFieldReader.LongField(1, length));
    assertThat(records.get(1).span().firstLine()).isEqualTo(2);
    assertThat(records.get(1).span().lastLine()).isEqualTo(2 + units);
    assertThat(records.get(2).values()).containsExactly("2", "short");
    assertThat(records.get(2).span().firstLine()).isEqualTo(3 + units);
  }

  /** Several readers one after another; the strings first. */
  static final class SequenceReader extends Reader {
    private final List<Reader> parts = new ArrayList<>();

    SequenceReader(String head, Reader middle, String tail) {
      parts.add(new StringReader(head));
      parts.add(middle);
      parts.add(new StringReader(tail));
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      while (!parts.isEmpty()) {
        int n = parts.getFirst().read(buf, off, len);
        if (n > 0) {
          return n;
        }
        parts.removeFirst();
      }
      return -1;
    }

    @Override
    public void close() {}
  }

  /** {@code length} characters of {@code unit} repeated, made as they are read. */
  static final class RepeatingReader extends Reader {
    private final String unit;
    private long left;
    private int at;

    RepeatingReader(String unit, long length) {
      this.unit = unit;
      this.left = length;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      for (int i = 0; i < n; i++) {
        buf[off + i] = unit.charAt(at);
        at = (at + 1) % unit.length();
      }
      left -= n;
      return n;
    }

    @Override
    public void close() {}
  }
}
