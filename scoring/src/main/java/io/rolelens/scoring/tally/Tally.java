package io.rolelens.scoring.tally;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.Role;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The additive tables of {@link ReportTallies}, in file order: each one's name (its id, also its
 * file's name without {@code .csv}), key columns and count columns, declared here once.
 */
public enum Tally implements LowerCaseId {
  /** Per quarter, title role and group: postings, body role called, other role, judged, … */
  GROUPS(List.of("quarter", "title_role", "dimension", "value"), Counts.GROUP_COUNTS),

  /** Per quarter, title role (any family) and what the body reads as: postings. */
  MATRIX(List.of("quarter", "title_role", "body"), Counts.POSTINGS),

  /** Per quarter, title role and verdict: postings. */
  VERDICTS(List.of("quarter", "title_role", "verdict"), Counts.POSTINGS),

  /**
   * Per quarter and title role: postings with a body role called, and the sum of each role's share
   * of their evidence in thousandths (the scored CSV's three decimals, so sums stay exact).
   */
  SHARES(
      List.of("quarter", "title_role"),
      Stream.concat(
              Stream.of("postings_with_shares"),
              Arrays.stream(Role.values()).map(r -> r.id() + "_share_thousandths"))
          .toList()),

  /** Per quarter, title role and confusion score: postings. */
  CONFUSION_SCORES(List.of("quarter", "title_role", "confusion_score"), Counts.POSTINGS),

  /** Per quarter, title role and outcome-versus-output index: postings. */
  OUTCOME_OUTPUT(List.of("quarter", "title_role", "index"), Counts.POSTINGS),

  /** Per quarter, mismatch kind and phrase id of the body's role: postings. */
  DRIVING_PHRASES(List.of("quarter", "kind", "phrase_id"), Counts.POSTINGS),

  /** Per quarter, phrase id and folded text, over postings read as another role: mentions. */
  DRIVING_PHRASE_TEXTS(List.of("quarter", "phrase_id", "text"), Counts.MENTIONS),

  /** Per quarter, title role and certification id: postings. */
  CERTIFICATIONS(List.of("quarter", "title_role", "certification_id"), Counts.POSTINGS),

  /** Per quarter, title role, certification id and folded text: mentions. */
  CERTIFICATION_TEXTS(
      List.of("quarter", "title_role", "certification_id", "text"), Counts.MENTIONS),

  /** Per quarter: postings left out as exact duplicates of an earlier one. */
  DUPLICATES(List.of("quarter"), Counts.POSTINGS),

  /**
   * Per quarter and day ({@code YYYY-MM-DD}) posted: postings of any title, duplicates left out;
   * the days a quarter's postings span, so a report can say when a quarter is only partly covered.
   */
  DAYS(List.of("quarter", "date"), Counts.POSTINGS);

  private final List<String> keyColumns;
  private final List<String> countColumns;

  Tally(List<String> keyColumns, List<String> countColumns) {
    this.keyColumns = keyColumns;
    this.countColumns = countColumns;
  }

  /** A new, empty table of this shape. */
  TallyTable newTable() {
    return new TallyTable(id(), keyColumns, countColumns);
  }

  /** The count columns of {@link #GROUPS}, in order. */
  public static final List<String> GROUP_COUNTS = Counts.GROUP_COUNTS;

  /** The tables' count columns, declared before the constants that use them. */
  private static final class Counts {
    static final List<String> GROUP_COUNTS =
        List.of(
            "postings", "body_role_called", "other_role", "judged", "mismatch", "confusion_sum");
    static final List<String> POSTINGS = List.of("postings");
    static final List<String> MENTIONS = List.of("mentions");
  }
}
