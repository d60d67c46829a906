package io.rolelens.analyzer;

import io.rolelens.analyzer.language.Language;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.analyzer.title.TitleReading;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of analysing one posting.
 *
 * @param title what the title says
 * @param profile how much of the body describes each role, with the evidence
 * @param bodyRole the role the body describes, or null when the evidence is insufficient
 * @param confidence how sure the body call is, in [0, 1]
 * @param verdict how body and title compare
 * @param confusionScore 0–100, or null when the verdict is unclear
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
    double confidence,
    Verdict verdict,
    Integer confusionScore,
    double outcomeOutputIndex,
    Language language,
    String lexiconVersion,
    String summary,
    List<Mention> mentions) {

  public Analysis {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(lexiconVersion, "lexiconVersion");
    Objects.requireNonNull(summary, "summary");
    mentions = List.copyOf(mentions);
  }

  /** The body role, if the evidence was sufficient to call it. */
  public Optional<Role> findBodyRole() {
    return Optional.ofNullable(bodyRole);
  }
}
