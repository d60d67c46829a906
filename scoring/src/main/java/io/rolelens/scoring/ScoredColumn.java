package io.rolelens.scoring;

import io.rolelens.analyzer.LowerCaseId;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a scored posting, in the scored CSV's order, each with the kind of value it holds:
 * the one list the CSV writer, the posting index, the report and the market read their names from.
 * {@link #DESCRIPTION} is written only when asked for ({@code score --include-description}).
 */
public enum ScoredColumn implements LowerCaseId {
  ID(Kind.TEXT),
  TITLE(Kind.TEXT),
  COMPANY(Kind.TEXT),
  LOCATION(Kind.TEXT),
  DATE_POSTED(Kind.TEXT),
  QUARTER(Kind.TEXT),
  TITLE_ROLE(Kind.TEXT),
  BODY_ROLE(Kind.TEXT),
  BODY_STATUS(Kind.TEXT),
  PRODUCT_MANAGER_SHARE(Kind.NUMBER),
  PROJECT_MANAGER_SHARE(Kind.NUMBER),
  PRODUCT_OWNER_SHARE(Kind.NUMBER),
  CONFUSION_SCORE(Kind.WHOLE_NUMBER),
  VERDICT(Kind.TEXT),
  SUGGESTED_TITLE(Kind.TEXT),
  OUTCOME_OUTPUT_INDEX(Kind.NUMBER),
  EVIDENCE(Kind.EVIDENCE),
  DUPLICATE_OF(Kind.TEXT),
  DESCRIPTION(Kind.TEXT);

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

  private final Kind kind;

  ScoredColumn(Kind kind) {
    this.kind = kind;
  }

  /** The column's name in the CSV header and the index's field name, such as {@code body_role}. */
  public String header() {
    return id();
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
