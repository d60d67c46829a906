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

  /** Computed once: ids are written in every answer. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lower-case id used in JSON. */
  public String id() {
    return id;
  }
}
