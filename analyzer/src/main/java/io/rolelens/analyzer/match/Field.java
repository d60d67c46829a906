package io.rolelens.analyzer.match;

import java.util.Locale;

/** Which part of a posting a mention was found in. */
public enum Field {
  TITLE,
  BODY;

  /** Computed once: ids are written for every mention of every answer. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lower-case id used in JSON. */
  public String id() {
    return id;
  }
}
