package io.rolelens.batch.evaluate;

/**
 * The shares and F1 scores the evaluations report, each zero where there is nothing to divide by.
 * Stateless and thread-safe.
 */
final class Ratios {
  private Ratios() {}

  /** {@code part / whole}, or 0 when {@code whole} is 0. */
  static double share(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }

  /** The harmonic mean of {@code precision} and {@code recall}, or 0 when both are 0. */
  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
