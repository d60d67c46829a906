package io.rolelens.analyzer.score;

import io.rolelens.analyzer.Role;
import java.util.List;

/**
 * The verdict and confusion score of a body's profile against the roles its title leads a reader to
 * expect.
 *
 * <p>With {@code T} the expected roles and {@code s_T} the body's share of them: the verdict is
 * {@code consistent} when the body role is in {@code T} and {@code s_T ≥ 0.55}, {@code mismatch}
 * when the body role is not in {@code T} and {@code s_T < 0.35}, and {@code mixed} otherwise. The
 * confusion score is {@code round(100 × (1 − s_T) × (1 − e^(−E/4)))} with {@code E} the total
 * evidence weight: how much of the body is about other roles, discounted when evidence is thin. A
 * title naming none of the roles, a thin body or a non-English body gives {@code unclear} and no
 * score. A body that describes a different job ({@link BodyStatus#OTHER_JOB}) under a title naming
 * one of the roles is a {@code mismatch} with score 100: the title does not fit the body at all.
 *
 * @param verdict how body and title compare
 * @param confusionScore 0–100, or null when the verdict is unclear
 */
public record Judgement(Verdict verdict, Integer confusionScore) {
  /**
   * The numbers a verdict turns on.
   *
   * @param consistentShare the share of the title's roles from which a body of one of them is
   *     consistent
   * @param mismatchShare the share of the title's roles below which a body of another role is a
   *     mismatch
   * @param minEvidence the total evidence below which a body is too thin to judge
   */
  public record Thresholds(double consistentShare, double mismatchShare, double minEvidence) {
    /**
     * The thresholds in use: 0.55 and 0.35 of the title's roles, and {@link
     * RoleProfile#MIN_EVIDENCE}. Fitted on the dev set's train split against the readers' labels
     * (`fit-weights --body-labels`, 5-fold cross-validated, every fold chose 0.55 and four of five
     * 0.35): with shares {@linkplain RoleProfile#SHARPNESS sharpened} as readers split a body,
     * verdict agreement went from 0.930 (0.6 and 0.3) to 0.941 on train and 0.937 held out (README,
     * Measured quality).
     */
    public static final Thresholds FITTED = new Thresholds(0.55, 0.35, RoleProfile.MIN_EVIDENCE);

    public Thresholds {
      if (!(mismatchShare > 0 && mismatchShare <= consistentShare && consistentShare <= 1)
          || !(minEvidence >= 0)) {
        throw new IllegalArgumentException(
            "thresholds need 0 < mismatchShare <= consistentShare <= 1 and minEvidence >= 0, were "
                + consistentShare
                + ", "
                + mismatchShare
                + ", "
                + minEvidence);
      }
    }
  }

  /** The unclear judgement: nothing to compare. */
  public static Judgement unclear() {
    return new Judgement(Verdict.UNCLEAR, null);
  }

  /**
   * The judgement of a body that describes a different job: a mismatch if the title names a role.
   */
  public static Judgement otherJob(List<Role> expected) {
    return expected.isEmpty() ? unclear() : new Judgement(Verdict.MISMATCH, 100);
  }

  /**
   * Judges a profile against the expected roles with the {@linkplain Thresholds#FITTED fitted
   * thresholds}.
   */
  public static Judgement of(RoleProfile profile, List<Role> expected) {
    return of(profile, expected, Thresholds.FITTED);
  }

  /** Judges a profile against the expected roles with the given thresholds. */
  public static Judgement of(RoleProfile profile, List<Role> expected, Thresholds thresholds) {
    if (expected.isEmpty() || profile.totalWeight() < thresholds.minEvidence()) {
      return unclear();
    }
    double titled = expected.stream().mapToDouble(profile::share).sum();
    Role body = profile.bestGuess();
    Verdict verdict;
    if (expected.contains(body) && titled >= thresholds.consistentShare()) {
      verdict = Verdict.CONSISTENT;
    } else if (!expected.contains(body) && titled < thresholds.mismatchShare()) {
      verdict = Verdict.MISMATCH;
    } else {
      verdict = Verdict.MIXED;
    }
    int score = (int) Math.round(100 * (1 - titled) * profile.strength());
    return new Judgement(verdict, Math.max(0, Math.min(100, score)));
  }
}
