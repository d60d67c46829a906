package io.rolelens.batch.report;

import io.rolelens.scoring.Quarters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The headline band of a report: for its newest quarter (the chosen one, or the latest in the
 * index), the share of each title role whose body reads as another role and the postings analysed,
 * each with its change on the quarter before, plus one-line takeaways. Everything is read back from
 * the report's own tables, so it can never disagree with them. Immutable.
 *
 * @param quarter the quarter the cards describe
 * @param previous the quarter they are compared with, or null when the index has none
 * @param cards one per title role, in report order
 * @param postings postings titled as one of the three roles in {@code quarter}
 * @param postingsChange the change in {@code postings} on {@code previous}, or null
 * @param scope the report's scope, such as "all quarters", which the takeaways cover
 * @param scopePostings postings titled as one of the three roles in the whole scope
 * @param takeaways plain-language sentences, most telling first
 * @param partial what the postings of the quarter, or of the one it is compared with, cover when it
 *     is under three quarters of their days (an export that starts or stops within a quarter)
 * @param minGroup the report's smallest group shown ({@code --min-count}): a card whose share rests
 *     on fewer postings with a body role called shows no change, since one posting moves it a lot
 */
record Glance(
    String quarter,
    String previous,
    List<Card> cards,
    int postings,
    Integer postingsChange,
    String scope,
    int scopePostings,
    List<String> takeaways,
    List<String> partial,
    int minGroup) {

  Glance {
    cards = List.copyOf(cards);
    takeaways = List.copyOf(takeaways);
    partial = List.copyOf(partial);
  }

  /**
   * One big-number card.
   *
   * @param role the title role
   * @param otherRoleShare the share read as another role, or null when no body role was called
   * @param changePoints the change on the quarter before in percentage points, or null
   * @param postings postings with this title in the quarter
   * @param called of those, postings with a body role called (the share's base)
   * @param tooFew whether {@code called} is under the report's smallest group, so no change is
   *     given
   */
  record Card(
      String role,
      Double otherRoleShare,
      Double changePoints,
      int postings,
      int called,
      boolean tooFew) {}

  /** The headline band of {@code report}, or empty when it has no dated postings. */
  static Optional<Glance> of(Report report) {
    Table headline = report.expectTable("headline");
    if (headline.rows().isEmpty()) {
      return Optional.empty();
    }
    String quarter = (String) headline.rows().getLast().get(0);
    int minGroup = report.minGroupSize();
    List<Card> cards = new ArrayList<>();
    int postings = 0;
    Integer change = 0;
    for (List<Object> row : headline.rows()) {
      if (!row.get(0).equals(quarter)) {
        continue;
      }
      int called = (Integer) row.get(4);
      boolean tooFew = called < minGroup;
      cards.add(
          new Card(
              (String) row.get(1),
              number(row.get(5)),
              tooFew ? null : number(row.get(6)),
              (Integer) row.get(2),
              called,
              tooFew));
      postings += (Integer) row.get(2);
      change = row.get(3) instanceof Integer c && change != null ? change + c : null;
    }
    String previous = change == null ? null : Quarters.previous(quarter);
    String scope = String.valueOf(report.meta().get("scope"));
    int scopePostings = ((Number) report.meta().get("postings_titled_as_a_scored_role")).intValue();
    return Optional.of(
        new Glance(
            quarter,
            previous,
            cards,
            postings,
            change,
            scope,
            scopePostings,
            Takeaways.of(report),
            partial(report, quarter, previous),
            minGroup));
  }

  /** The spans of {@code quarter} and {@code previous} (when not null) that are partial. */
  private static List<String> partial(Report report, String quarter, String previous) {
    Map<?, ?> spans = (Map<?, ?>) report.meta().getOrDefault("quarter_spans", Map.of());
    List<String> notes = new ArrayList<>();
    for (String q : java.util.Arrays.asList(previous, quarter)) {
      if (q != null && spans.containsKey(q)) {
        QuarterSpan span = QuarterSpan.of(q, spans.get(q));
        if (span.partial()) {
          notes.add(span.describe());
        }
      }
    }
    if (!notes.isEmpty() && previous != null) {
      notes.add("Compare the counts of a partly covered quarter with care.");
    }
    return notes;
  }

  private static Double number(Object cell) {
    return cell instanceof Double d ? d : null;
  }

  /**
   * "▲ 43 pp vs 2025Q2", "▼ 1 vs 2025Q2", "● no change vs 2025Q2", or why there is nothing to
   * compare.
   */
  String changeNote(Double change, boolean points) {
    if (change == null) {
      return previous == null ? "no earlier quarter to compare" : "no comparison";
    }
    long size = Math.abs(Math.round(change));
    String amount =
        size == 0
            ? "no change"
            : String.format(java.util.Locale.ROOT, "%,d", size) + (points ? " pp" : "");
    return arrow(change) + " " + amount + " vs " + previous;
  }

  /** The change note of a card: as {@link #changeNote}, or why a share on too few has none. */
  String cardNote(Card card) {
    return card.tooFew() && card.otherRoleShare() != null
        ? "too few to compare: under " + minGroup + " with a body role called"
        : changeNote(card.changePoints(), true);
  }

  /** The change note spelled out for a screen reader. */
  String changeSpoken(Double change, boolean points) {
    if (change == null) {
      return changeNote(null, points);
    }
    long size = Math.abs(Math.round(change));
    String direction = size == 0 ? "unchanged" : change > 0 ? "up " + size : "down " + size;
    return direction
        + (size == 0 ? "" : points ? " percentage points" : "")
        + " versus "
        + previous;
  }

  /** ▲ for a rise, ▼ for a fall, ● for no change (as rounded). */
  static String arrow(double change) {
    long rounded = Math.round(change);
    return rounded > 0 ? "▲" : rounded < 0 ? "▼" : "●";
  }
}
