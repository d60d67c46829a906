package io.rolelens.analyzer.match;

/**
 * Called between steps of tagging a text, so a caller can stop work that runs too long (by throwing
 * from {@link #reached}). Tagging is linear in the text's length, but a megabyte of text is still a
 * lot of steps; a checkpoint lets the caller hold each analysis to a time budget. Implementations
 * must be cheap: they are called every few thousand tokens.
 */
@FunctionalInterface
public interface Checkpoint {
  /** A checkpoint that never stops anything. */
  Checkpoint NONE = stage -> {};

  /**
   * Reached a step; throws to stop.
   *
   * @param stage what tagging was doing, such as {@code "matching phrases"}, for the message
   */
  void reached(String stage);
}
