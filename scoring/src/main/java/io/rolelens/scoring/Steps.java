package io.rolelens.scoring;

/**
 * Hears how far a long task has got, so that a command can show progress: the number of steps once
 * it is known, then the steps as they are done (postings read, documents reported). Calls may come
 * from any thread; an implementation must be thread-safe.
 */
public interface Steps {
  /** Hears nothing. */
  Steps NONE =
      new Steps() {
        @Override
        public void total(long steps) {}

        @Override
        public void done(long steps) {}
      };

  /** The task has {@code steps} steps in all. */
  void total(long steps);

  /** {@code steps} more steps are done. */
  void done(long steps);
}
