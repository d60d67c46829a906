package io.rolelens.analyzer.text;

/**
 * What stands between two neighbouring tokens, as far as phrase matching cares; declared from the
 * weakest to the strongest break, so that a larger one compares greater.
 */
public enum Separator {
  /** Only spaces, hyphens or joining punctuation: the words belong together. */
  NONE,
  /** A comma, slash, ampersand, bracket or dash: a list item or clause may end here. */
  COMMA,
  /** A full stop, question mark, semicolon, colon, line break or bullet: phrases never span it. */
  SENTENCE
}
