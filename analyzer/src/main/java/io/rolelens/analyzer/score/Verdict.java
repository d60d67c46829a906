package io.rolelens.analyzer.score;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the role a posting's body describes compares with the role its title names. */
public enum Verdict {
  /** The body mostly describes the role the title names. */
  CONSISTENT,
  /** The body describes the titled role and a substantial share of another. */
  MIXED,
  /** The body mostly describes a different role from the title's. */
  MISMATCH,
  /** Not enough to judge: thin or non-English body, or a title naming none of the three roles. */
  UNCLEAR;

  /** Computed once: ids are written in every answer. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lower-case id used in JSON and CSV. */
  public String id() {
    return id;
  }

  /** Finds a verdict by its id; empty when the id names none (or is null). */
  public static Optional<Verdict> fromId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
