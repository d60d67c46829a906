package io.rolelens.batch.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of a posting export, one record at a time, so memory stays flat whatever the
 * file's size. Every record becomes a {@link RowResult}: a posting, or an unreadable row with its
 * reason; a quoting error that Commons CSV cannot recover from ends the stream with one unreadable
 * row and {@link #stoppedEarly()} says where.
 *
 * <p>Not thread-safe: read it from one thread.
 */
public final class PostingReader implements Iterator<RowResult>, Closeable {
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final ColumnMap columns;
  private final int[] at = new int[Column.values().length];
  private long lastLine;
  private long row = 1;
  private String stoppedEarly;
  private boolean failed;
  private RuntimeException pending;
  private long rowsWithInvalidUtf8;
  private long rowsWithNul;
  private long remaining = Long.MAX_VALUE;

  private PostingReader(CSVParser parser, ColumnMap columns) {
    this.parser = parser;
    this.records = parser.iterator();
    this.columns = columns;
    for (Column c : Column.values()) {
      at[c.ordinal()] = columns.positionOf(c);
    }
    this.lastLine = parser.getCurrentLineNumber();
  }

  /**
   * Reads the header of {@code text} and chooses the columns.
   *
   * @throws IOException when the file is empty or its header cannot be read
   * @throws IllegalArgumentException when the columns cannot be chosen (the message says why)
   */
  public static PostingReader open(Reader text, CSVFormat format, Map<String, String> overrides) throws IOException {
    CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get();
    List<String> header;
    try {
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        parser.close();
        throw new IOException("the file is empty: expected a header row naming the columns");
      }
      header = new ArrayList<>(it.next().toList());
    } catch (UncheckedIOException e) {
      parser.close();
      throw new IOException("cannot read the header row: " + e.getCause().getMessage());
    }
    header.replaceAll(h -> h.replace("\0", "").strip());
    try {
      return new PostingReader(parser, ColumnMap.choose(header, overrides));
    } catch (IllegalArgumentException e) {
      parser.close();
      throw e;
    }
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

  @Override
  public boolean hasNext() {
    if (failed || remaining <= 0) {
      return false;
    }
    if (pending != null) {
      return true;
    }
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      pending = e; // next() reports it as an unreadable row
      return true;
    }
  }

  @Override
  public RowResult next() {
    if (failed) {
      throw new NoSuchElementException();
    }
    long startLine = lastLine + 1;
    row++;
    remaining--;
    CSVRecord record;
    try {
      if (pending != null) {
        throw pending;
      }
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      failed = true;
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      stoppedEarly = String.format(Locale.ROOT,
          "stopped reading at row %d (line %d): the quoting cannot be repaired (%s)", row, startLine, why);
      return new RowResult.Unreadable(row, startLine, "", "bad quoting, the rest of the file is unreadable: " + why);
    }
    lastLine = parser.getCurrentLineNumber();
    return read(record, startLine);
  }

  private RowResult read(CSVRecord record, long startLine) {
    int expected = columns.header().size();
    String id = cell(record, Column.ID);
    if (record.size() != expected) {
      String spans = lastLine > startLine + 1
          ? String.format(Locale.ROOT, "; it spans lines %d-%d, so a quote is probably unbalanced", startLine, lastLine)
          : "";
      return new RowResult.Unreadable(row, startLine, id,
          String.format(Locale.ROOT, "has %d fields, the header has %d%s", record.size(), expected, spans));
    }
    boolean nul = false;
    boolean invalid = false;
    String[] values = new String[Column.values().length];
    for (Column c : Column.values()) {
      String v = cell(record, c);
      if (v.indexOf('\0') >= 0) {
        v = v.replace("\0", "");
        nul = true;
      }
      invalid |= v.indexOf('\uFFFD') >= 0;
      values[c.ordinal()] = v;
    }
    rowsWithNul += nul ? 1 : 0;
    rowsWithInvalidUtf8 += invalid ? 1 : 0;
    String postingId = values[Column.ID.ordinal()].strip();
    if (postingId.isEmpty()) {
      postingId = "row-" + row;
    }
    if (values[Column.DESCRIPTION.ordinal()].isBlank()) {
      return new RowResult.Unreadable(row, startLine, postingId, "the description is empty");
    }
    return new RowResult.Read(new RawPosting(row, startLine, postingId,
        values[Column.TITLE.ordinal()].strip(),
        values[Column.COMPANY.ordinal()].strip(),
        values[Column.LOCATION.ordinal()].strip(),
        values[Column.DATE.ordinal()].strip(),
        values[Column.DESCRIPTION.ordinal()]));
  }

  private String cell(CSVRecord record, Column column) {
    int i = at[column.ordinal()];
    return i >= 0 && i < record.size() ? record.get(i) : "";
  }

  /** Why reading stopped before the end of the file, or null when it did not. */
  public String stoppedEarly() {
    return stoppedEarly;
  }

  /** Rows in which invalid UTF-8 bytes were replaced by U+FFFD. */
  public long rowsWithInvalidUtf8() {
    return rowsWithInvalidUtf8;
  }

  /** Rows from which NUL characters were removed. */
  public long rowsWithNul() {
    return rowsWithNul;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
