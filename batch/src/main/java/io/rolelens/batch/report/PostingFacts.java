package io.rolelens.batch.report;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.EvidenceList;
import io.rolelens.scoring.ScoredColumn;
import io.rolelens.scoring.index.IndexFields;
import io.rolelens.scoring.index.IndexedEvidence;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;

/**
 * What a report needs of one indexed posting, read from its stored fields.
 *
 * @param titleRole the role or other job family the title names, as the index holds it
 * @param bodyRole the role the body reads as; empty when none was called
 * @param bodyStatus ok, thin, other_job or not_english; empty when indexed from a scored CSV that
 *     does not say
 * @param verdict how body and title compare (unclear when the index holds no verdict it knows)
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
    Optional<Role> bodyRole,
    Optional<BodyStatus> bodyStatus,
    Verdict verdict,
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
        Role.fromId(d.get(IndexFields.BODY_ROLE)),
        Optional.ofNullable(BodyStatus.fromId(d.get(IndexFields.BODY_STATUS))),
        Objects.requireNonNullElse(Verdict.fromId(d.get(IndexFields.VERDICT)), Verdict.UNCLEAR),
        number(d.get(IndexFields.CONFUSION_SCORE), Integer::valueOf),
        Objects.requireNonNullElse(d.get(ScoredColumn.SUGGESTED_TITLE.header()), ""),
        number(d.get(ScoredColumn.OUTCOME_OUTPUT_INDEX.header()), Double::valueOf),
        IndexedEvidence.read(d),
        !d.get(IndexFields.DUPLICATE_OF).isEmpty());
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
    return bodyRole.isPresent();
  }

  /** Whether the body describes a different job from the three roles. */
  boolean otherJob() {
    return bodyStatus.orElse(null) == BodyStatus.OTHER_JOB;
  }

  /** Whether the title names one of the three scored roles. */
  boolean titledAsScoredRole() {
    return Roles.IDS.contains(titleRole);
  }

  /** Whether the body reads as a different scored role from the title's. */
  boolean otherRole() {
    return bodyCalled() && !bodyRole.get().id().equals(titleRole);
  }
}
