package io.rolelens.batch.report;

import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.batch.index.PostingFields;
import io.rolelens.scoring.EvidenceList;
import io.rolelens.scoring.ScoredColumn;
import io.rolelens.scoring.index.IndexFields;
import io.rolelens.scoring.index.IndexedEvidence;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;

/**
 * What a report needs of one indexed posting, read from its stored fields.
 *
 * @param bodyStatus ok, thin, other_job, not_english, or {@code (none)} when indexed from a scored
 *     CSV that does not say
 * @param confusion the confusion score, or null when unclear
 * @param suggestedTitle the title that fits the body, or empty
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
    String bodyStatus,
    String verdict,
    Integer confusion,
    String suggestedTitle,
    Double outcomeOutput,
    List<EvidenceList.Phrase> evidence,
    boolean duplicate) {

  static PostingFacts of(Document d) {
    return new PostingFacts(
        d.get(IndexFields.ID),
        d.get(IndexFields.TITLE),
        d.get(IndexFields.COMPANY),
        d.get(IndexFields.LOCATION),
        d.get(IndexFields.SENIORITY),
        d.get(IndexFields.QUARTER),
        d.get(IndexFields.TITLE_ROLE),
        d.get(IndexFields.BODY_ROLE),
        orNone(d.get(IndexFields.BODY_STATUS)),
        d.get(IndexFields.VERDICT),
        number(d.get(IndexFields.CONFUSION_SCORE), Integer::valueOf),
        Objects.requireNonNullElse(d.get(ScoredColumn.SUGGESTED_TITLE.header()), ""),
        number(d.get(ScoredColumn.OUTCOME_OUTPUT_INDEX.header()), Double::valueOf),
        IndexedEvidence.read(d),
        !d.get(IndexFields.DUPLICATE_OF).isEmpty());
  }

  /** An index built before a field existed holds none: it reads as {@code (none)}. */
  private static String orNone(String stored) {
    return stored == null || stored.isBlank() ? PostingFields.NONE : stored;
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
    return !bodyRole.equals(PostingFields.NONE);
  }

  /** Whether the body describes a different job from the three roles. */
  boolean otherJob() {
    return bodyStatus.equals(BodyStatus.OTHER_JOB.id());
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
