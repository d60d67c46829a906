package io.rolelens.analyzer.otherjob;

/**
 * When a body describes a different job: it names at least {@code minCues} distinct cues of other
 * jobs, and its role evidence {@code E} (see {@link io.rolelens.analyzer.score.RoleProfile}) is at
 * most {@code roleWeightPerCue} for each of them. A data analyst's posting that asks for Python, SQL,
 * Tableau and statistics (four cues) is another job unless its Product Manager, Project Manager and
 * Product Owner duties weigh more than 8, about three strong role duties; a Product Manager posting
 * that lists SQL and Tableau among its requirements is never one (two cues).
 *
 * <p>The numbers were fitted on the train split of the dev set against the readers' {@code none}
 * bodies, maximising F1, and cross-validated ({@code rolelens fit-weights --body-labels}).
 *
 * @param minCues the fewest distinct cues that can make a body another job
 * @param roleWeightPerCue how much role evidence each cue outweighs
 */
public record OtherJobRule(int minCues, double roleWeightPerCue) {
  /**
   * The fewest distinct cues, fitted: with 2, Product Manager postings that list two tools among
   * their requirements become other jobs; with 4, nursing postings naming three care duties do not.
   */
  public static final int MIN_CUES = 3;

  /**
   * Role evidence each cue outweighs, fitted: 2.0 keeps data Product Managers (whose requirements
   * name five or six data tools beside roadmap and discovery duties) while a data analyst's or a
   * data engineer's posting with a project section is still another job.
   */
  public static final double ROLE_WEIGHT_PER_CUE = 2.0;

  /** The rule with the fitted numbers. */
  public static final OtherJobRule FITTED = new OtherJobRule(MIN_CUES, ROLE_WEIGHT_PER_CUE);

  public OtherJobRule {
    if (minCues < 1) {
      throw new IllegalArgumentException("minCues must be at least 1, was " + minCues);
    }
    if (!(roleWeightPerCue > 0)) {
      throw new IllegalArgumentException("roleWeightPerCue must be positive, was " + roleWeightPerCue);
    }
  }

  /** Whether a body with {@code cues} distinct other-job cues and role evidence {@code roleWeight} is another job. */
  public boolean holds(int cues, double roleWeight) {
    return cues >= minCues && roleWeight <= roleWeightPerCue * cues;
  }
}
