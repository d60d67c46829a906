package io.rolelens.analyzer.match;

import java.util.Locale;

/** Which part of a posting a mention was found in. */
public enum Field {
  TITLE,
  BODY;

  /** The lower-case id used in JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
