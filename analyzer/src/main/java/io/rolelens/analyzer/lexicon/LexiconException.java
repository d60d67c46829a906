package io.rolelens.analyzer.lexicon;

import java.util.List;

/** A lexicon file that failed validation; the message lists every problem with its line. */
public final class LexiconException extends RuntimeException {
  private final List<String> problems;

  LexiconException(String source, List<String> problems) {
    super("invalid lexicon " + source + ":\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem as "line N: entry X: what is wrong". */
  public List<String> problems() {
    return problems;
  }
}
