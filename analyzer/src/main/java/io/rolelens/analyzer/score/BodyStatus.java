package io.rolelens.analyzer.score;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.language.Language;
import io.rolelens.analyzer.otherjob.OtherJobEvidence;
import io.rolelens.analyzer.otherjob.OtherJobRule;
import java.util.Optional;

/**
 * What a posting's body is, before any role is called: one of the three roles' work ({@link #OK}),
 * too thin to tell, a different job altogether, or not English. A body role is called only for
 * {@link #OK}.
 */
public enum BodyStatus implements LowerCaseId {
  /**
   * Enough role evidence to call a role: in English, or in another language whose duty phrases the
   * lexicon reads (from {@link RoleProfile#MIN_EVIDENCE_OTHER_LANGUAGE}).
   */
  OK,
  /**
   * Too little role evidence to call a role (below {@link RoleProfile#MIN_EVIDENCE}), or too little
   * readable text to tell even its language.
   */
  THIN,
  /** Another job's duties and tools outweigh the little role evidence ({@link OtherJobRule}). */
  OTHER_JOB,
  /**
   * Written in another language with too few duty phrases the lexicon reads in it to judge (the
   * other-job cues are English only).
   */
  NOT_ENGLISH;

  /**
   * Whether a body in {@code language} with this status was read, so that its mentions, shares and
   * summary are shown: always in English; in another language only when its duty phrases were
   * enough to judge it ({@link #OK}). The one place this rule is written.
   */
  public boolean bodyRead(Language language) {
    return language.isEnglish() || this == OK;
  }

  /** Finds a status by its id; empty when the id names none (or is null). */
  public static Optional<BodyStatus> fromId(String id) {
    return LowerCaseId.find(BodyStatus.class, id);
  }

  /**
   * Reads a body's status: thin when there is too little text to tell its language; in another
   * language, ok from {@link RoleProfile#MIN_EVIDENCE_OTHER_LANGUAGE} of evidence worded in that
   * language and not English below it (English terms it borrows do not count towards it) (the
   * other-job cues are English only); in English, another job when {@code rule} holds, whether or
   * not the role evidence would have been enough, since a nursing posting with no role phrase at
   * all is another job rather than a thin one; then thin or ok by the amount of role evidence.
   */
  public static BodyStatus of(
      Language language, RoleProfile profile, OtherJobEvidence otherJob, OtherJobRule rule) {
    if (!language.isEnglish()) {
      if (language.code().equals(Language.UNDETERMINED)) {
        return THIN;
      }
      return profile.otherLanguageWeight() >= RoleProfile.MIN_EVIDENCE_OTHER_LANGUAGE
          ? OK
          : NOT_ENGLISH;
    }
    if (rule.holds(otherJob.count(), profile.totalWeight())) {
      return OTHER_JOB;
    }
    return profile.sufficient() ? OK : THIN;
  }
}
