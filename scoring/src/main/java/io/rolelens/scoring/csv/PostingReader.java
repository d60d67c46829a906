package io.rolelens.scoring.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a posting export, one record at a time, so memory stays flat whatever the
 * file's size. Every record becomes a {@link RowResult}: a posting, or an unreadable row with its
 * reason. Fields are read through a {@link BoundedFieldReader}, so a field longer than {@link
 * #MAX_FIELD_CHARS} is never held whole: its row is rejected with the field's length, and the rows
 * after it read as usual. When the file cannot be read to its end (it is truncated, or a quote is
 * left open so the rest of the file would be one field), {@link #hasNext()} throws an {@link
 * UnreadableInputException} naming the cause, so no caller mistakes a partial result for a whole
 * one.
 *
 * <p>Not thread-safe: read it from one thread.
 */
public final class PostingReader implements Iterator<RowResult>, Closeable {
  /**
   * Longer than any posting the analyzer accepts (1,000,000 characters) with room for HTML: a field
   * past it is rejected while streaming, without reading it whole.
   */
  public static final int MAX_FIELD_CHARS = 2_000_000;

  private final CSVParser parser;
  private final BoundedFieldReader bounded;
  private final Iterator<CSVRecord> records;
  private final ColumnMap columns;
  private long row = 1;
  private final RecordReading reading;
  private long remaining = Long.MAX_VALUE;

  private PostingReader(CSVParser parser, BoundedFieldReader bounded, ColumnMap columns) {
    this.parser = parser;
    this.bounded = bounded;
    this.records = parser.iterator();
    this.columns = columns;
    this.reading = new RecordReading(columns);
  }

  /**
   * Reads the header of {@code text} and chooses the columns.
   *
   * @throws IOException when the file is empty, is not text, or its header cannot be read
   * @throws IllegalArgumentException when the columns cannot be chosen (the message says why)
   */
  public static PostingReader open(Reader text, CSVFormat format, Map<String, String> overrides)
      throws IOException {
    return open(text, format, overrides, "the file");
  }

  /**
   * Opens an export file (gzipped or not, TSV when its name says so) with the columns {@code
   * overrides} names, as {@code score} does; {@code bytesRead} (may be null) sees the bytes read
   * from disk. Messages about the file as a whole name it.
   *
   * @throws IOException as {@link #open(Reader, CSVFormat, Map)}, or when the file cannot be read
   * @throws IllegalArgumentException as {@link #open(Reader, CSVFormat, Map)}
   */
  public static PostingReader open(Path file, LongConsumer bytesRead, Map<String, String> overrides)
      throws IOException {
    return open(
        InputFiles.openText(file, bytesRead),
        InputFiles.formatFor(file),
        overrides,
        file.toString());
  }

  /** As {@link #open(Reader, CSVFormat, Map)}; {@code source} names the text in messages. */
  private static PostingReader open(
      Reader text, CSVFormat format, Map<String, String> overrides, String source)
      throws IOException {
    BoundedFieldReader bounded = BoundedFieldReader.following(text, format, MAX_FIELD_CHARS);
    CSVParser parser = CSVParser.builder().setReader(bounded).setFormat(format).get();
    try {
      List<String> header = header(parser, bounded, source);
      return new PostingReader(parser, bounded, ColumnMap.choose(header, overrides));
    } catch (IOException | RuntimeException e) {
      parser.close();
      throw e;
    }
  }

  /**
   * Opens an export file (gzipped or not, TSV when its name says so) with the columns its header
   * names, as {@code score} does without {@code --columns}.
   *
   * @throws IOException as {@link #open(Reader, CSVFormat, Map)}, or when the file cannot be read
   */
  public static PostingReader open(Path file) throws IOException {
    return open(file, null, Map.of());
  }

  private static List<String> header(CSVParser parser, BoundedFieldReader bounded, String source)
      throws IOException {
    CSVRecord first;
    try {
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        throw new IOException(source + " is empty: expected a header row naming the columns");
      }
      first = it.next();
    } catch (UncheckedIOException e) {
      throw new IOException(
          "cannot read the header row: " + stopReason(bounded, e, "in the header row"), e);
    }
    BoundedFieldReader.Span span = bounded.spanAt(first.getCharacterPosition());
    if (span != null && !span.longFields().isEmpty()) {
      throw new IOException(
          String.format(
              Locale.ROOT,
              "the header row has a field of %,d characters: is this really a CSV or TSV export?",
              span.longFields().get(0).length()));
    }
    if (HeaderText.looksBinary(first.toList())) {
      throw new IOException("the first line is not text: is this really a CSV or TSV export?");
    }
    List<String> header = new ArrayList<>(first.toList());
    header.replaceAll(h -> h.replace("\0", "").strip());
    return header;
  }

  /** The columns chosen. */
  public ColumnMap columns() {
    return columns;
  }

  /** Stops after {@code rows} more data rows (for benchmarks and samples); returns this reader. */
  public PostingReader limit(long rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + rows);
    }
    this.remaining = rows;
    return this;
  }

  /**
   * Whether another row follows.
   *
   * @throws UnreadableInputException when the rest of the file cannot be read, naming why
   */
  @Override
  public boolean hasNext() {
    if (remaining <= 0) {
      return false;
    }
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new UnreadableInputException(stopReason(bounded, e, "after row " + row), e);
    }
  }

  @Override
  public RowResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CSVRecord record = records.next();
    row++;
    remaining--;
    BoundedFieldReader.Span span = bounded.spanAt(record.getCharacterPosition());
    long firstLine = span != null ? span.firstLine() : parser.getCurrentLineNumber();
    long lastLine = span != null ? span.lastLine() : firstLine;
    if (span != null && !span.longFields().isEmpty()) {
      return reading.tooLong(record, span.longFields().get(0), row, firstLine);
    }
    return reading.read(record, row, firstLine, lastLine);
  }

  /**
   * Passes over the next row without reading it into a posting (for a reader that keeps only some
   * rows, such as every n-th): the row still counts for the row and line numbers of those after it.
   *
   * @throws NoSuchElementException when no row follows
   * @throws UnreadableInputException as {@link #hasNext()}
   */
  public void skip() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    records.next();
    row++;
    remaining--;
  }

  /**
   * Why reading stopped: the failure of the text underneath (a truncated gzip stream), a quote left
   * open at the end of the file, or what Commons CSV said.
   */
  private static String stopReason(BoundedFieldReader bounded, RuntimeException e, String where) {
    if (bounded.sourceFailure() != null) {
      return bounded.sourceFailure().getMessage() + " (" + where + ")";
    }
    if (bounded.unclosedQuoteLine() > 0) {
      return String.format(
          Locale.ROOT,
          "unclosed quote starting at line %d: the rest of the file cannot be split into rows",
          bounded.unclosedQuoteLine());
    }
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return "the quoting cannot be repaired (" + cause.getMessage() + ", " + where + ")";
  }

  /** Rows in which invalid UTF-8 bytes were replaced by U+FFFD. */
  public long rowsWithInvalidUtf8() {
    return reading.rowsWithInvalidUtf8();
  }

  /** Rows from which NUL characters were removed. */
  public long rowsWithNul() {
    return reading.rowsWithNul();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
