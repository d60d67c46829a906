package io.rolelens.analyzer.title;

import io.rolelens.analyzer.LowerCaseId;

/** How senior a job title reads, from intern to head of function. */
public enum Seniority implements LowerCaseId {
  INTERN,
  JUNIOR,
  MID,
  SENIOR,
  LEAD,
  HEAD;
}
