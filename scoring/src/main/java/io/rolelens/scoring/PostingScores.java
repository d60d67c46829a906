package io.rolelens.scoring;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.otherjob.OtherJobCue;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.analyzer.suggest.SuggestedTitle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What the analysis says of a posting's title and text, as a scored posting keeps it: everything
 * two postings with the same title and text share. Immutable.
 *
 * @param titleRole the role or other job family the title names, such as {@code product_manager} or
 *     {@code scrum_master}, {@code other} for none
 * @param seniority the seniority the title names, such as {@code senior}
 * @param bodyRole the role the body reads as, empty when none is called ({@code bodyStatus} says
 *     why)
 * @param bodyStatus ok, thin, other_job or not_english
 * @param shares each role's share of the body's evidence, empty when no body role is called
 * @param confusionScore 0–100, empty when the verdict is unclear
 * @param verdict how body and title compare
 * @param suggestedTitle the role title that fits the body of a mixed or mismatched posting, if any
 * @param outcomeOutputIndex −1 (output work) to +1 (outcome work), empty without evidence
 * @param evidence the phrases that weighed most, largest first, as the CSV writes them (no {@code
 *     ;} and no runs of spaces in their text); for a body of another job ({@code other_job}), first
 *     the other job's tools and duties it names, as {@code other_job.<job>} phrases (such as {@code
 *     other_job.data_analysis: SQL}), since they are what made the call
 */
public record PostingScores(
    String titleRole,
    String seniority,
    Optional<Role> bodyRole,
    BodyStatus bodyStatus,
    Optional<Map<Role, Double>> shares,
    OptionalInt confusionScore,
    Verdict verdict,
    Optional<String> suggestedTitle,
    OptionalDouble outcomeOutputIndex,
    List<EvidenceList.Phrase> evidence) {

  private static final Pattern SEPARATORS = Pattern.compile("[;\\s]+");

  /** The start of the id of an evidence phrase that is a cue of another job. */
  public static final String OTHER_JOB_PREFIX = BodyStatus.OTHER_JOB.id() + ".";

  public PostingScores {
    Require.nonNull(
        "titleRole seniority bodyRole bodyStatus", titleRole, seniority, bodyRole, bodyStatus);
    shares = shares.map(Map::copyOf);
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(suggestedTitle, "suggestedTitle");
    evidence = List.copyOf(evidence);
  }

  /** The scores of an analysis. */
  public static PostingScores of(Analysis a) {
    Optional<Role> body = Optional.ofNullable(a.bodyRole());
    Optional<Map<Role, Double>> shares =
        body.map(
            called -> {
              Map<Role, Double> byRole = new EnumMap<>(Role.class);
              for (Role r : Role.values()) {
                byRole.put(r, a.profile().share(r));
              }
              return byRole;
            });
    return new PostingScores(
        a.title().role().id(),
        a.title().seniority().id(),
        body,
        a.bodyStatus(),
        shares,
        a.confusionScore() == null ? OptionalInt.empty() : OptionalInt.of(a.confusionScore()),
        a.verdict(),
        a.findSuggestedTitle().map(SuggestedTitle::title),
        a.profile().evidence().isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(a.outcomeOutputIndex()),
        evidence(a));
  }

  /** The other-job cues of a body of another job, then its role evidence. */
  private static List<EvidenceList.Phrase> evidence(Analysis a) {
    List<EvidenceList.Phrase> phrases = new java.util.ArrayList<>();
    if (a.bodyStatus() == BodyStatus.OTHER_JOB) {
      for (OtherJobCue cue : a.otherJob().cues()) {
        phrases.add(
            new EvidenceList.Phrase(
                OTHER_JOB_PREFIX + cue.job().id(),
                SEPARATORS.matcher(cue.text()).replaceAll(" ").strip()));
      }
    }
    phrases.addAll(phrases(a.profile().evidence()));
    return phrases;
  }

  /** The role's share of the body, empty when no body role is called. */
  public OptionalDouble share(Role role) {
    return shares.map(s -> OptionalDouble.of(s.get(role))).orElse(OptionalDouble.empty());
  }

  private static List<EvidenceList.Phrase> phrases(List<Evidence> evidence) {
    return evidence.stream()
        .map(
            e ->
                new EvidenceList.Phrase(
                    e.phraseId(), SEPARATORS.matcher(e.text()).replaceAll(" ").strip()))
        .toList();
  }
}
