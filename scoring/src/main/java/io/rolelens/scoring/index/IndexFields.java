package io.rolelens.scoring.index;

import io.rolelens.scoring.ScoredColumn;
import java.util.List;
import java.util.function.Function;

/**
 * The names of the fields a posting index holds (written by {@code rolelens index}, read for the
 * server's market context and by {@code search}, {@code report} and {@code mine-phrases}): a scored
 * posting's columns keep their {@link ScoredColumn} names, and the index adds its own few. Values
 * of exact fields are stored as written; {@link #NONE} stands for an empty one.
 */
public final class IndexFields {
  public static final String ID = ScoredColumn.ID.header();
  public static final String TITLE = ScoredColumn.TITLE.header();
  public static final String QUARTER = ScoredColumn.QUARTER.header();
  public static final String TITLE_ROLE = ScoredColumn.TITLE_ROLE.header();
  public static final String BODY_ROLE = ScoredColumn.BODY_ROLE.header();
  public static final String BODY_STATUS = ScoredColumn.BODY_STATUS.header();
  public static final String VERDICT = ScoredColumn.VERDICT.header();
  public static final String COMPANY = ScoredColumn.COMPANY.header();
  public static final String LOCATION = ScoredColumn.LOCATION.header();
  public static final String CONFUSION_SCORE = ScoredColumn.CONFUSION_SCORE.header();
  public static final String DUPLICATE_OF = ScoredColumn.DUPLICATE_OF.header();

  /** The posting's text (its description, or its evidence phrases when scored without one). */
  public static final String BODY = "body";

  /** The seniority the title names, read from the title when indexed. */
  public static final String SENIORITY = "seniority";

  /** Whether the posting repeats an earlier one: {@code true} or {@code false}. */
  public static final String DUPLICATE = "duplicate";

  /** The value of an exact field left empty. */
  public static final String NONE = "(none)";

  /**
   * The fields stored as exact values (stripped, {@link #NONE} when empty), searchable as {@code
   * field:value} and counted as facets.
   */
  public static final List<String> EXACT =
      List.of(QUARTER, TITLE_ROLE, BODY_ROLE, BODY_STATUS, VERDICT, COMPANY, LOCATION, SENIORITY);

  private IndexFields() {}

  /** An exact field's value as the index stores it: stripped, or {@link #NONE} when blank. */
  public static String exact(String value) {
    return value.isBlank() ? NONE : value.strip();
  }

  /** A stored number, or null when empty or not a number (a hand-edited scored CSV, say). */
  public static <T> T number(String stored, Function<String, T> parse) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    try {
      return parse.apply(stored.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
