package io.rolelens.scoring.csv;

import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one parsed record of an export into a posting or a reason it cannot be read, with the
 * columns chosen for the export, and counts the rows it had to clean (NUL characters removed,
 * invalid UTF-8 replaced). Not thread-safe: one per {@link PostingReader}.
 */
final class RecordReading {
  private final ColumnMap columns;
  private final int[] at = new int[Column.values().length];
  private long rowsWithInvalidUtf8;
  private long rowsWithNul;

  RecordReading(ColumnMap columns) {
    this.columns = columns;
    for (Column c : Column.values()) {
      at[c.ordinal()] = columns.positionOf(c);
    }
  }

  /** The row refused for a field over {@link PostingReader#MAX_FIELD_CHARS}, naming the field. */
  RowResult tooLong(CSVRecord record, BoundedFieldReader.LongField field, long row, long line) {
    String id = field.index() == at[Column.ID.ordinal()] ? "" : cell(record, Column.ID).strip();
    String which =
        field.index() == at[Column.DESCRIPTION.ordinal()]
            ? "the description"
            : columnName(field.index());
    return new RowResult.Unreadable(
        row,
        line,
        id.isEmpty() ? "row-" + row : id,
        String.format(
            Locale.ROOT,
            "%s has %,d characters, more than %,d: is this really one posting?",
            which,
            field.length(),
            PostingReader.MAX_FIELD_CHARS));
  }

  private String columnName(int index) {
    for (Column c : Column.values()) {
      if (at[c.ordinal()] == index) {
        return "the " + c.key();
      }
    }
    String name = index < columns.header().size() ? columns.header().get(index) : "";
    return name.isEmpty() || name.length() > 40
        ? "field " + (index + 1)
        : "the column '" + name + "'";
  }

  /**
   * The posting of {@code record}, or why it cannot be read: a wrong number of fields (with the
   * lines it spans) or an empty description; NUL characters are removed and counted.
   */
  RowResult read(CSVRecord record, long row, long startLine, long lastLine) {
    int expected = columns.header().size();
    String id = cell(record, Column.ID);
    if (record.size() != expected) {
      String spans =
          lastLine > startLine + 1
              ? String.format(
                  Locale.ROOT,
                  "; it spans lines %d-%d, so a quote is probably unbalanced",
                  startLine,
                  lastLine)
              : "";
      return new RowResult.Unreadable(
          row,
          startLine,
          id,
          String.format(
              Locale.ROOT, "has %d fields, the header has %d%s", record.size(), expected, spans));
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
    return new RowResult.Read(
        new RawPosting(
            row,
            startLine,
            postingId,
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

  long rowsWithInvalidUtf8() {
    return rowsWithInvalidUtf8;
  }

  long rowsWithNul() {
    return rowsWithNul;
  }
}
