package io.rolelens.analyzer;

import io.rolelens.analyzer.language.Language;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.otherjob.OtherJobEvidence;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.analyzer.suggest.SuggestedTitle;
import io.rolelens.analyzer.title.TitleReading;
import java.util.List;
import java.util.Optional;

/**
 * The immutable result of analysing one posting.
 *
 * @param title what the title says
 * @param profile how much of the body describes each role, with the evidence
 * @param bodyRole the role the body describes; null unless {@code bodyStatus} is {@link
 *     BodyStatus#OK}
 * @param bodyStatus what the body is: one of the roles' work, too thin, another job, or not English
 * @param otherJob the cues of other jobs the body names (empty for a non-English body)
 * @param confidence how sure the body call is, in [0, 1]
 * @param verdict how body and title compare
 * @param confusionScore 0–100, or null when the verdict is unclear
 * @param suggestedTitle for a mixed or mismatched posting, the title that fits the body; else null
 * @param outcomeOutputIndex in [-1, 1]; positive leans to outcomes (Product Manager work)
 * @param language the body's language
 * @param lexiconVersion the version of the lexicon used
 * @param summary a plain-language sentence or two explaining the verdict
 * @param mentions every role phrase found, title first, then body, by offset
 */
public record Analysis(
    TitleReading title,
    RoleProfile profile,
    Role bodyRole,
    BodyStatus bodyStatus,
    OtherJobEvidence otherJob,
    double confidence,
    Verdict verdict,
    Integer confusionScore,
    SuggestedTitle suggestedTitle,
    double outcomeOutputIndex,
    Language language,
    String lexiconVersion,
    String summary,
    List<Mention> mentions) {

  public Analysis {
    Require.nonNull(
        "title profile bodyStatus otherJob verdict", title, profile, bodyStatus, otherJob, verdict);
    if ((bodyRole != null) != (bodyStatus == BodyStatus.OK)) {
      throw new IllegalArgumentException(
          "a body role is called exactly when the body status is ok, was "
              + bodyRole
              + " with "
              + bodyStatus.id());
    }
    Require.nonNull("language lexiconVersion summary", language, lexiconVersion, summary);
    mentions = List.copyOf(mentions);
  }

  /** The body role, if the evidence was sufficient to call it. */
  public Optional<Role> findBodyRole() {
    return Optional.ofNullable(bodyRole);
  }

  /** The suggested title, for a mixed or mismatched posting. */
  public Optional<SuggestedTitle> findSuggestedTitle() {
    return Optional.ofNullable(suggestedTitle);
  }
}
