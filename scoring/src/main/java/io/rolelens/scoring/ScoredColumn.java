package io.rolelens.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of a scored posting, in the scored CSV's order, each with the kind of value it holds:
 * the one list the CSV writer, the posting index, the report and the market read their names from.
 * {@link #DESCRIPTION} is written only when asked for ({@code score --include-description}).
 */
public enum ScoredColumn {
  ID("id", Kind.TEXT),
  TITLE("title", Kind.TEXT),
  COMPANY("company", Kind.TEXT),
  LOCATION("location", Kind.TEXT),
  DATE_POSTED("date_posted", Kind.TEXT),
  QUARTER("quarter", Kind.TEXT),
  TITLE_ROLE("title_role", Kind.TEXT),
  BODY_ROLE("body_role", Kind.TEXT),
  BODY_STATUS("body_status", Kind.TEXT),
  PRODUCT_MANAGER_SHARE("product_manager_share", Kind.NUMBER),
  PROJECT_MANAGER_SHARE("project_manager_share", Kind.NUMBER),
  PRODUCT_OWNER_SHARE("product_owner_share", Kind.NUMBER),
  CONFUSION_SCORE("confusion_score", Kind.WHOLE_NUMBER),
  VERDICT("verdict", Kind.TEXT),
  SUGGESTED_TITLE("suggested_title", Kind.TEXT),
  OUTCOME_OUTPUT_INDEX("outcome_output_index", Kind.NUMBER),
  EVIDENCE("evidence", Kind.EVIDENCE),
  DUPLICATE_OF("duplicate_of", Kind.TEXT),
  DESCRIPTION("description", Kind.TEXT);

  /** What a column's cells hold. */
  public enum Kind {
    /** Free text, made spreadsheet-safe in the CSV. */
    TEXT,
    /** A decimal number, written with three places (empty when there is none). */
    NUMBER,
    /** A whole number, written as it is (empty when there is none). */
    WHOLE_NUMBER,
    /**
     * Phrases as {@code phraseId: text} pairs separated by {@code "; "} (see {@link EvidenceList}).
     */
    EVIDENCE
  }

  /** Every column {@code score} always writes, in order: all but {@link #DESCRIPTION}. */
  public static final List<ScoredColumn> ALWAYS =
      Arrays.stream(values()).filter(c -> c != DESCRIPTION).toList();

  private final String header;
  private final Kind kind;

  ScoredColumn(String header, Kind kind) {
    this.header = header;
    this.kind = kind;
  }

  /** The column's name in the CSV header and the index's field name, such as {@code body_role}. */
  public String header() {
    return header;
  }

  /** What the column's cells hold. */
  public Kind kind() {
    return kind;
  }

  /** Whether the column holds numbers, written as they are rather than made spreadsheet-safe. */
  public boolean isNumeric() {
    return kind == Kind.NUMBER || kind == Kind.WHOLE_NUMBER;
  }

  /** The headers of {@code columns}, in their order. */
  public static List<String> headers(List<ScoredColumn> columns) {
    return columns.stream().map(ScoredColumn::header).toList();
  }
}
