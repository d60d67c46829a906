package io.rolelens.analyzer.title;

import java.util.Locale;

/** How senior a job title reads, from intern to head of function. */
public enum Seniority {
  INTERN,
  JUNIOR,
  MID,
  SENIOR,
  LEAD,
  HEAD;

  /** The lower-case id used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
