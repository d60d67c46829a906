package io.rolelens.batch.mine;

/**
 * Dunning's log-likelihood ratio G² (Dunning 1993, "Accurate Methods for the Statistics of Surprise
 * and Coincidence", Computational Linguistics 19(1)) for a phrase held by {@code a} of {@code
 * foreground} postings and by {@code b} of {@code background} postings. With the 2×2 table
 *
 * <pre>
 *                 foreground       background
 *   with phrase   k11 = a          k12 = b
 *   without       k21 = F − a      k22 = B − b
 * </pre>
 *
 * and N = F + B, {@code G² = 2 Σ kij · ln(kij / Eij)} where {@code Eij = (row i total) × (column j
 * total) / N} and a cell of 0 adds 0. It is the statistic collocation finders and significant-terms
 * tools use because, unlike χ², it stays reliable for the rare events most phrases are: G² is about
 * χ² with one degree of freedom under independence, so 10.83 is p = 0.001 for one phrase tested
 * alone (with thousands tested, read it as a ranking). G² says how surprising the difference is, in
 * either direction; {@link #overRepresented} says which. Stateless and thread-safe.
 */
public final class LogLikelihood {
  private LogLikelihood() {}

  /**
   * G² for {@code a} of {@code foreground} postings against {@code b} of {@code background}.
   *
   * @throws IllegalArgumentException when a count is negative or larger than its total
   */
  public static double g2(long a, long foreground, long b, long background) {
    if (a < 0 || b < 0 || a > foreground || b > background) {
      throw new IllegalArgumentException(
          "counts must lie within their totals: a="
              + a
              + " of "
              + foreground
              + ", b="
              + b
              + " of "
              + background);
    }
    long n = foreground + background;
    long with = a + b;
    long without = n - with;
    double sum =
        term(a, with, foreground, n)
            + term(b, with, background, n)
            + term(foreground - a, without, foreground, n)
            + term(background - b, without, background, n);
    return Math.max(0, 2 * sum);
  }

  /** Whether the phrase is more frequent, per posting, in the foreground than in the background. */
  public static boolean overRepresented(long a, long foreground, long b, long background) {
    return (double) a * background > (double) b * foreground;
  }

  private static double term(long observed, long row, long column, long n) {
    if (observed == 0) {
      return 0;
    }
    double expected = (double) row * column / n;
    return observed * Math.log(observed / expected);
  }
}
