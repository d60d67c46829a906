package io.rolelens.batch.report;

import io.rolelens.batch.score.EvidenceList;
import java.util.List;
import org.apache.lucene.document.Document;

/**
 * What a report needs of one indexed posting, read from its stored fields.
 *
 * @param confusion the confusion score, or null when unclear
 * @param outcomeOutput the outcome-versus-output index, or null without evidence
 */
record PostingFacts(
    String id,
    String title,
    String company,
    String location,
    String seniority,
    String quarter,
    String titleRole,
    String bodyRole,
    String verdict,
    Integer confusion,
    Double outcomeOutput,
    List<EvidenceList.Phrase> evidence,
    boolean duplicate) {

  static PostingFacts of(Document d) {
    return new PostingFacts(
        d.get("id"), d.get("title"), d.get("company"), d.get("location"), d.get("seniority"), d.get("quarter"),
        d.get("title_role"), d.get("body_role"), d.get("verdict"),
        number(d.get("confusion_score"), Integer::valueOf),
        number(d.get("outcome_output_index"), Double::valueOf),
        EvidenceList.parse(d.get("evidence")),
        !d.get("duplicate_of").isEmpty());
  }

  /** A stored number, or null when empty or not a number (a hand-edited scored CSV, say). */
  private static <T> T number(String stored, java.util.function.Function<String, T> parse) {
    if (stored == null || stored.isBlank()) {
      return null;
    }
    try {
      return parse.apply(stored.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether the body's role was called (enough English evidence). */
  boolean bodyCalled() {
    return !bodyRole.equals(io.rolelens.batch.index.PostingFields.NONE);
  }

  /** Whether the title names one of the three scored roles. */
  boolean titledAsScoredRole() {
    return Roles.IDS.contains(titleRole);
  }

  /** Whether the body reads as a different scored role from the title's. */
  boolean otherRole() {
    return bodyCalled() && !bodyRole.equals(titleRole);
  }
}
