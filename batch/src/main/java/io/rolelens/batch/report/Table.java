package io.rolelens.batch.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One table of a report: written as a CSV file, a Markdown table, an HTML table and a JSON object.
 * Cells are strings, integers or doubles (rounded to three decimals); null reads as empty.
 *
 * @param name file-safe name, such as {@code by_company}
 * @param title the heading a person reads
 * @param note one sentence on how to read it, or empty
 * @param columns column names
 * @param rows the rows, each as long as {@code columns}
 */
public record Table(
    String name, String title, String note, List<String> columns, List<List<Object>> rows) {
  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    rows =
        rows.stream()
            .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
            .toList();
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "table "
                + name
                + ": a row has "
                + r.size()
                + " cells for "
                + columns.size()
                + " columns");
      }
    }
  }

  /** The columns that hold a number in at least one row: they are aligned right. */
  Set<String> numericColumns() {
    Set<String> numeric = new HashSet<>();
    for (List<Object> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (row.get(i) instanceof Number) {
          numeric.add(columns.get(i));
        }
      }
    }
    return numeric;
  }

  /** A cell as text: doubles with three decimals, null as empty. */
  public static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return String.format(java.util.Locale.ROOT, "%.3f", d);
    }
    return cell.toString();
  }
}
