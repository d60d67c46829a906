package io.rolelens.analyzer.score;

import java.util.Locale;

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

  /** Finds a verdict by its id, or null when the id names none. */
  public static Verdict fromId(String id) {
    for (Verdict v : values()) {
      if (v.id.equals(id)) {
        return v;
      }
    }
    return null;
  }
}
