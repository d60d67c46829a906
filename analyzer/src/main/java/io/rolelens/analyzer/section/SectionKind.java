package io.rolelens.analyzer.section;

import io.rolelens.analyzer.LowerCaseId;

/**
 * The usual parts of a job posting. What each counts for follows the readers' rules ({@code
 * body-labels-guide.md}): duties count in full, required experience with less weight, company
 * blurbs, benefits and equal-opportunity text not at all.
 */
public enum SectionKind implements LowerCaseId {
  /**
   * Text before any recognised heading, or under a heading about the role itself; read as duties.
   */
  INTRO,
  /**
   * About the company, the team or the product: not duties. It ends at the next heading, or at the
   * first sentence that speaks of the job ("You will …", "In this role …", "As the Product Manager
   * for X, you …"), which starts {@link #INTRO} text.
   */
  ABOUT,
  /** Responsibilities, what you will do. */
  RESPONSIBILITIES,
  /** Requirements and qualifications: what the candidate brings. */
  REQUIREMENTS,
  /** Nice to have, preferred, bonus points. */
  NICE_TO_HAVE,
  /** Benefits, perks, compensation, what the company offers. */
  BENEFITS,
  /** Equal-opportunity, accommodation, privacy and other legal text. */
  EQUAL_OPPORTUNITY;

  /**
   * How much a duty phrase in this kind of section counts: in full among duties (and in text before
   * any heading), less among requirements and nice-to-haves, which say what the candidate brings
   * rather than what the job does, and not at all in company blurbs, benefits and legal text.
   * Chosen on the dev set's train split against the readers' labels (README, Measured quality).
   * Blurbs counted in full until an "about" section learnt to end where the text turns to the job
   * ({@link SectionReader}): before that, not counting them lost more real duties than blurbs.
   */
  public double weight() {
    return switch (this) {
      case INTRO, RESPONSIBILITIES -> 1.0;
      case REQUIREMENTS -> REQUIREMENTS_WEIGHT;
      case NICE_TO_HAVE -> NICE_TO_HAVE_WEIGHT;
      case ABOUT, BENEFITS, EQUAL_OPPORTUNITY -> 0.0;
    };
  }

  /** What a phrase among the requirements counts for. */
  public static final double REQUIREMENTS_WEIGHT = 0.6;

  /** What a phrase among the nice-to-haves counts for. */
  public static final double NICE_TO_HAVE_WEIGHT = 0.3;
}
