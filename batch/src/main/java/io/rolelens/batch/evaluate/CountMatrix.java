package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.LowerCaseId;
import java.util.Locale;

/**
 * Counts of pairs of one enum's constants, such as a label against a prediction (rows: what was
 * expected; columns: what was given), with its total and its text. Not thread-safe.
 */
final class CountMatrix<E extends Enum<E> & LowerCaseId> {
  private final E[] constants;
  private final int[][] counts;

  CountMatrix(Class<E> type) {
    this.constants = type.getEnumConstants();
    this.counts = new int[constants.length][constants.length];
  }

  /** Counts one pair. */
  void add(E row, E column) {
    counts[row.ordinal()][column.ordinal()]++;
  }

  /** The count of one pair. */
  int count(E row, E column) {
    return counts[row.ordinal()][column.ordinal()];
  }

  /** The count of every pair in {@code row}. */
  int rowTotal(E row) {
    int total = 0;
    for (int c : counts[row.ordinal()]) {
      total += c;
    }
    return total;
  }

  /** The count of every pair in {@code column}. */
  int columnTotal(E column) {
    int total = 0;
    for (int[] row : counts) {
      total += row[column.ordinal()];
    }
    return total;
  }

  /** The count of every pair. */
  int total() {
    int total = 0;
    for (E row : constants) {
      total += rowTotal(row);
    }
    return total;
  }

  /**
   * As text: a blank line, {@code heading}, a line of column ids, then a line per row; the first
   * column {@code labelWidth} wide, the others {@code cellWidth} wide after a space.
   */
  String text(String heading, int labelWidth, int cellWidth) {
    StringBuilder out = new StringBuilder();
    String nl = System.lineSeparator();
    out.append(nl).append(heading).append(nl).append(" ".repeat(labelWidth));
    for (E column : constants) {
      out.append(String.format(Locale.ROOT, " %" + cellWidth + "s", column.id()));
    }
    out.append(nl);
    for (E row : constants) {
      out.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", row.id()));
      for (E column : constants) {
        out.append(String.format(Locale.ROOT, " %" + cellWidth + "d", count(row, column)));
      }
      out.append(nl);
    }
    return out.toString();
  }
}
