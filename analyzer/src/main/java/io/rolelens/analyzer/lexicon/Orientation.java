package io.rolelens.analyzer.lexicon;

import io.rolelens.analyzer.LowerCaseId;
import java.util.Optional;

/** Whether a phrase speaks of outcomes (value, results) or outputs (things delivered on plan). */
public enum Orientation implements LowerCaseId {
  OUTCOME,
  OUTPUT,
  NEUTRAL;

  /** Finds an orientation by id; empty when the id names none. */
  public static Optional<Orientation> fromId(String id) {
    return LowerCaseId.find(Orientation.class, id);
  }
}
