package io.rolelens.analyzer.score;

import io.rolelens.analyzer.LowerCaseId;
import java.util.Optional;

/** How the role a posting's body describes compares with the role its title names. */
public enum Verdict implements LowerCaseId {
  /** The body mostly describes the role the title names. */
  CONSISTENT,
  /** The body describes the titled role and a substantial share of another. */
  MIXED,
  /** The body mostly describes a different role from the title's. */
  MISMATCH,
  /** Not enough to judge: thin or non-English body, or a title naming none of the three roles. */
  UNCLEAR;

  /** Finds a verdict by its id; empty when the id names none (or is null). */
  public static Optional<Verdict> fromId(String id) {
    return LowerCaseId.find(Verdict.class, id);
  }
}
