package io.rolelens.scoring.csv;

/**
 * Keeps text cells of the CSV files RoleLens writes from running as formulas when opened in a
 * spreadsheet: a posting titled {@code =HYPERLINK("http://evil.example","click")} would otherwise
 * become a live link (or worse, a command) in the scored CSV, the rejects and the report's tables.
 *
 * <p>A text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a single quote in front, which spreadsheets show as text. To keep this
 * reversible, a text cell that already starts with a quote gets one more; {@link #restore} takes
 * exactly one leading quote off again, and every reader of a scored CSV calls it on every cell.
 * Numeric cells (shares, scores, an index such as {@code -0.500}) are written as they are and never
 * start with a quote, so restoring them changes nothing. Stateless and thread-safe.
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  /**
   * A text cell as written to a CSV file: prefixed with {@code '} when it could run as a formula.
   */
  public static String protect(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + text;
      default -> text;
    };
  }

  /** A cell read back from a CSV file RoleLens wrote: one leading {@code '} removed, if any. */
  public static String restore(String cell) {
    return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
