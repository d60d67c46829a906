package io.rolelens.batch.mine;

/**
 * Hears how a long mining run goes: each pass over the postings as it starts, every posting read,
 * and a line saying what each pass found. Every method does nothing unless overridden; called from
 * the mining thread only.
 */
public interface MiningProgress {
  /** Hears nothing. */
  MiningProgress NONE = new MiningProgress() {};

  /** A pass named {@code task} over {@code postings} postings begins. */
  default void pass(String task, long postings) {}

  /** One more posting of the current pass was read. */
  default void posting() {}

  /** A pass ended; {@code summary} says what it found, in one line. */
  default void note(String summary) {}
}
