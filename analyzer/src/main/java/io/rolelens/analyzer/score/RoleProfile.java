package io.rolelens.analyzer.score;

import io.rolelens.analyzer.Role;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How much of a posting's body describes each of the three roles.
 *
 * <p>Each role's evidence is the sum over its lexicon phrases of {@code weight × H(n) × w_role ×
 * w_category}, where {@code n} is the number of non-negated occurrences, {@code H(n) = 1 + 1/2 + …
 * + 1/n} damps repetition, and {@code w_role}, {@code w_category} are the lexicon's calibration
 * weights for the phrase's role and category. Scrum events count once: together they weigh as much
 * as the strongest of them (see {@link io.rolelens.analyzer.lexicon.Category#countsOnce()}).
 *
 * <p>Shares estimate how a reader splits the body's duties among the roles: each role's evidence
 * raised to the {@link #SHARPNESS} power, over the sum of the three so raised. Readers give the
 * leading role more of the body than its share of the phrases (a body with twice as much Product
 * Manager evidence as Product Owner evidence reads as about 74/26, not 67/33). With less than
 * {@link #MIN_EVIDENCE} in total the profile is marked insufficient; its shares are then only a
 * best guess.
 *
 * @param weights evidence weight per role
 * @param totalWeight the sum of the three
 * @param outcomeWeight evidence weight of outcome-oriented phrases
 * @param outputWeight evidence weight of output-oriented phrases
 * @param evidence each phrase's contribution, largest first
 */
public record RoleProfile(
    Map<Role, Double> weights,
    double totalWeight,
    double outcomeWeight,
    double outputWeight,
    List<Evidence> evidence) {
  /**
   * Below this total evidence weight a body is too thin to call. 1.5 until lexicon 2026.12.2;
   * fitted on the dev set's train split against the readers' labels (`fit-weights --body-labels`),
   * 1.0 agreed with the readers more often (0.904 against 0.894; 0.901 held out in 5-fold
   * cross-validation), since readers call a role from two or three duty lines.
   */
  public static final double MIN_EVIDENCE = 1.0;

  /**
   * From this much evidence worded in another language ({@link #otherLanguageWeight()}) a body in
   * that language is judged by its duty phrases (the lexicon reads them in German, Spanish, French,
   * Dutch, Polish, Italian, Portuguese and the Nordic languages); below it, it is {@link
   * BodyStatus#NOT_ENGLISH}. The English terms such bodies borrow ("Product Backlog", "Scrum") do
   * not count towards it: on their own they make a Spanish product-strategy posting read as a
   * Product Owner's. Higher than {@link #MIN_EVIDENCE}, since another job's cues are read only in
   * English. Fitted on the dev set's train split against the readers, who label a body in another
   * language when they can read it: 3.0 agreed with them more often than never judging such bodies
   * or judging them from 1.0 or 5.0 (README, Measured quality).
   */
  public static final double MIN_EVIDENCE_OTHER_LANGUAGE = 3.0;

  /**
   * The power evidence is raised to before it is shared out. Fitted on the dev set's train split
   * against the readers' shares (`fit-weights --body-labels`, 5-fold cross-validated): 1.4 brought
   * the share mean absolute error from 0.048 (plain proportions, 1.0) to 0.045 on train, 0.046 held
   * out (README, Measured quality).
   */
  public static final double SHARPNESS = 1.4;

  public RoleProfile {
    EnumMap<Role, Double> copy = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      copy.put(r, weights.getOrDefault(r, 0.0));
    }
    weights = Map.copyOf(copy);
    evidence = List.copyOf(evidence);
  }

  /** Suffix of the ids of lexicon entries worded in languages other than English. */
  public static final String OTHER_LANGUAGE_SUFFIX = "-other-languages";

  /**
   * The evidence from lexicon entries worded in other languages (ids ending in {@value
   * #OTHER_LANGUAGE_SUFFIX}).
   */
  public double otherLanguageWeight() {
    double sum = 0;
    for (Evidence e : evidence) {
      if (e.phraseId().endsWith(OTHER_LANGUAGE_SUFFIX)) {
        sum += e.contribution();
      }
    }
    return sum;
  }

  /**
   * This profile without its evidence, for a body that was not read ({@link BodyStatus#bodyRead}):
   * its weights still give the best guess, but the phrases behind them, and the
   * outcome-versus-output index they give, are not shown, as its mentions are not.
   */
  public RoleProfile withoutEvidence() {
    return new RoleProfile(weights, totalWeight, 0, 0, List.of());
  }

  /** Whether there is enough evidence to call the body's role. */
  public boolean sufficient() {
    return totalWeight >= MIN_EVIDENCE;
  }

  /**
   * The role's share of the body, in [0, 1], with the {@linkplain #SHARPNESS fitted sharpness}; 0
   * for every role when there is no evidence. The three sum to 1 otherwise.
   */
  public double share(Role role) {
    return share(role, SHARPNESS);
  }

  /**
   * The role's share with evidence raised to {@code sharpness} (1 gives plain proportions of the
   * evidence), for fitting the sharpness.
   */
  public double share(Role role, double sharpness) {
    if (totalWeight == 0) {
      return 0;
    }
    double sum = 0;
    for (Role r : Role.values()) {
      sum += Math.pow(weights.get(r), sharpness);
    }
    return sum == 0 ? 0 : Math.pow(weights.get(role), sharpness) / sum;
  }

  /** The role with the largest share, if the evidence is sufficient. */
  public Optional<Role> bodyRole() {
    return sufficient() ? Optional.of(bestGuess()) : Optional.empty();
  }

  /**
   * The role with the largest share even when the evidence is thin; with no evidence at all, the
   * Product Manager role, the most common title among postings that use any of the three.
   */
  public Role bestGuess() {
    Role best = Role.PRODUCT_MANAGER;
    for (Role r : Role.values()) {
      if (weights.get(r) > weights.get(best)) {
        best = r;
      }
    }
    return best;
  }

  /**
   * Outcome-versus-output index in [-1, 1]: {@code (outcome − output) / (outcome + output)} over
   * the evidence; 0 when neither is present. Positive reads like Product Manager work.
   */
  public double outcomeOutputIndex() {
    double sum = outcomeWeight + outputWeight;
    return sum == 0 ? 0 : (outcomeWeight - outputWeight) / sum;
  }

  /**
   * How sure the body call is, in [0, 1]: the top share times {@code 1 − e^(−total/4)}, so a clear
   * majority on little evidence is not presented as certain.
   */
  public double confidence() {
    return sufficient() ? share(bestGuess()) * strength() : 0;
  }

  /** {@code 1 − e^(−total/4)}: how much the amount of evidence supports any call, in [0, 1). */
  public double strength() {
    return 1 - Math.exp(-totalWeight / 4);
  }
}
