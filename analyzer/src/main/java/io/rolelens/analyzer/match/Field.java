package io.rolelens.analyzer.match;

import io.rolelens.analyzer.LowerCaseId;

/** Which part of a posting a mention was found in. */
public enum Field implements LowerCaseId {
  TITLE,
  BODY;
}
