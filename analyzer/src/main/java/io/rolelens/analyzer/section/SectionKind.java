package io.rolelens.analyzer.section;

import java.util.Locale;

/**
 * The usual parts of a job posting. What each counts for follows the readers' rules
 * ({@code body-labels-guide.md}): duties count in full, required experience with less weight,
 * company blurbs, benefits and equal-opportunity text not at all.
 */
public enum SectionKind {
  /** Text before any recognised heading, or under a heading about the role itself; read as duties. */
  INTRO,
  /** About the company, the team or the product: not duties. */
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

  /** Computed once: written for every mention. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lower-case id used in JSON, such as {@code responsibilities}. */
  public String id() {
    return id;
  }
}
