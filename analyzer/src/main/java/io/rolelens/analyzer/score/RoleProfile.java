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
 * as the strongest of them (see {@link io.rolelens.analyzer.lexicon.Category#countsOnce()}). Shares are each role's evidence over the total. With less than {@link
 * #MIN_EVIDENCE} in total the profile is marked insufficient; its shares are then only a best guess.
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
   * Below this total evidence weight a body is too thin to call. 1.5 until lexicon 2026.12.2; fitted
   * on the dev set's train split against the readers' labels (`fit-weights --body-labels`), 1.0
   * agreed with the readers more often (0.904 against 0.894; 0.901 held out in 5-fold
   * cross-validation), since readers call a role from two or three duty lines.
   */
  public static final double MIN_EVIDENCE = 1.0;

  public RoleProfile {
    EnumMap<Role, Double> copy = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      copy.put(r, weights.getOrDefault(r, 0.0));
    }
    weights = Map.copyOf(copy);
    evidence = List.copyOf(evidence);
  }

  /** Whether there is enough evidence to call the body's role. */
  public boolean sufficient() {
    return totalWeight >= MIN_EVIDENCE;
  }

  /** The role's share of the evidence, in [0, 1]; 0 for every role when there is no evidence. */
  public double share(Role role) {
    return totalWeight == 0 ? 0 : weights.get(role) / totalWeight;
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
