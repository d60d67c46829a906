package io.rolelens.analyzer.otherjob;

/**
 * When a body describes a different job: it names at least {@code minCues} distinct cues of other
 * jobs ({@link OtherJobCues}), and its role evidence {@code E} (see {@link
 * io.rolelens.analyzer.score.RoleProfile}) is at most {@code roleWeightPerCue} for each of them. A
 * posting that asks for Python, SQL, Tableau and statistics (four cues) describes another job
 * unless its Product Manager, Project Manager and Product Owner duties weigh more than 8; a Product
 * Manager posting that lists SQL and Tableau among its requirements never does (two cues).
 * Comparing the two kinds of evidence, not either alone, is what keeps a data Product Manager (many
 * data words, many role duties) apart from a data analyst with a project section (many data words,
 * a few role duties).
 *
 * <p>The numbers were fitted on the train split of the dev set against the readers' {@code none}
 * bodies, choosing the rule of a grid with the best F1 of other_job calls against them, and
 * cross-validated: {@code rolelens fit-weights --body-labels FILE} prints the fit, each fold and
 * the held-out figures.
 *
 * @param minCues the fewest distinct cues that can make a body another job
 * @param roleWeightPerCue how much role evidence each cue outweighs
 */
public record OtherJobRule(int minCues, double roleWeightPerCue) {
  /**
   * The fewest distinct cues, fitted: with fewer, Product Manager postings that list a couple of
   * tools among their requirements become other jobs; with more, a care home's posting naming its
   * nurses, care plans and dementia unit does not.
   */
  public static final int MIN_CUES = 3;

  /**
   * Role evidence each cue outweighs, fitted: with lexicon 2026.11.4 the best fit on the train
   * split was 2.0; with lexicon 2026.12.2, whose new Product Manager phrases give data Product
   * Managers more role evidence, it is 2.5, where other_job calls agree with the readers' none 5
   * times in 6 and find 5 of the 11 none bodies that are neither thin nor non-English (held out in
   * 5-fold cross-validation: 4 in 7, and 4 of 11; `fit-weights --body-labels`).
   */
  public static final double ROLE_WEIGHT_PER_CUE = 2.5;

  /** The rule with the fitted numbers. */
  public static final OtherJobRule FITTED = new OtherJobRule(MIN_CUES, ROLE_WEIGHT_PER_CUE);

  public OtherJobRule {
    if (minCues < 1) {
      throw new IllegalArgumentException("minCues must be at least 1, was " + minCues);
    }
    if (!(roleWeightPerCue > 0)) {
      throw new IllegalArgumentException(
          "roleWeightPerCue must be positive, was " + roleWeightPerCue);
    }
  }

  /**
   * Whether a body with {@code cues} distinct other-job cues and role evidence {@code roleWeight}
   * is another job.
   */
  public boolean holds(int cues, double roleWeight) {
    return cues >= minCues && roleWeight <= roleWeightPerCue * cues;
  }
}
