package io.rolelens.scoring.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of a rejects file, as {@code score} and {@code spark-score} write it: the row and line it
 * was read from, its id and the reason, text spreadsheet-safe. {@code spark-score} puts the file in
 * front. Stateless and thread-safe.
 */
public final class RejectRow {
  /** The columns of {@code score}'s rejects file. */
  public static final List<String> HEADER = List.of("row", "line", "id", "reason");

  private RejectRow() {}

  /** The cells of one rejected row, in {@link #HEADER} order. */
  public static List<Object> cells(long row, long line, String id, String reason) {
    List<Object> cells = new ArrayList<>(HEADER.size() + 1);
    cells.add(row);
    cells.add(line);
    cells.add(SpreadsheetSafe.protect(id));
    cells.add(SpreadsheetSafe.protect(reason));
    return cells;
  }

  /** The cells of {@code r}, in {@link #HEADER} order. */
  public static List<Object> cells(RowResult.Unreadable r) {
    return cells(r.row(), r.line(), r.id(), r.reason());
  }
}
