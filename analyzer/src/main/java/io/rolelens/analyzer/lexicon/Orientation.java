package io.rolelens.analyzer.lexicon;

import java.util.Locale;
import java.util.Optional;

/** Whether a phrase speaks of outcomes (value, results) or outputs (things delivered on plan). */
public enum Orientation {
  OUTCOME,
  OUTPUT,
  NEUTRAL;

  /** Computed once: ids are written for every mention of every answer. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lower-case id used in the lexicon file and JSON. */
  public String id() {
    return id;
  }

  /** Finds an orientation by id; empty when the id names none. */
  public static Optional<Orientation> fromId(String id) {
    for (Orientation o : values()) {
      if (o.id().equals(id)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
