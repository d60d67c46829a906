package io.rolelens.batch.lint;

/**
 * What a column counts, 1-based from the start of its line. SARIF names both kinds and defaults to
 * UTF-16 code units, which is what Java, JavaScript and VS Code count; code points suit tools that
 * count characters (one per emoji, one per tab).
 */
public enum ColumnUnit {
  UTF16("utf16CodeUnits"),
  CODE_POINT("unicodeCodePoints");

  private final String sarifKind;

  ColumnUnit(String sarifKind) {
    this.sarifKind = sarifKind;
  }

  /** The value of SARIF's {@code run.columnKind} for this unit. */
  public String sarifKind() {
    return sarifKind;
  }
}
