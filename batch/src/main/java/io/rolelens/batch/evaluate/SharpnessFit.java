package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.score.RoleProfile;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Fits {@link RoleProfile#SHARPNESS}, the power evidence is raised to before it is shared out,
 * against the readers' shares: of a grid from 1.0 (plain proportions) to 2.5, the value with the
 * least mean absolute share error on the bodies readers gave a role or a mix, counted as {@code
 * evaluate} counts it. Ties go to the value nearer the one in use. Stateless and thread-safe.
 */
public final class SharpnessFit {
  static final double[] GRID = {1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 2.0, 2.25, 2.5};

  private SharpnessFit() {}

  /** One body: RoleLens's profile and the readers' label. */
  public record Sample(RoleProfile profile, BodyLabel label) {}

  /** The mean absolute share error under a sharpness, and over how many bodies. */
  public record Score(double errorSum, int bodies) {
    public double mae() {
      return Ratios.share(errorSum, bodies);
    }

    /** As a line: "share MAE 0.0456 (239 bodies)". */
    public String describe() {
      return String.format(Locale.ROOT, "share MAE %.4f (%d bodies)", mae(), bodies);
    }
  }

  /** The best sharpness on the grid for some samples, and its score. */
  public record Fitted(double sharpness, Score score) {}

  /** The mean absolute share error of {@code samples} under {@code sharpness}. */
  public static Score score(List<Sample> samples, double sharpness) {
    return score(samples, i -> sharpness);
  }

  /**
   * The mean absolute share error of {@code samples}, sample {@code i} under {@code sharpness(i)}.
   */
  static Score score(List<Sample> samples, IntFunction<Double> sharpness) {
    double sum = 0;
    int bodies = 0;
    for (int i = 0; i < samples.size(); i++) {
      Sample s = samples.get(i);
      if (s.label().hasShares()) {
        double g = sharpness.apply(i);
        sum += s.label().shareError(r -> s.profile().share(r, g));
        bodies++;
      }
    }
    return new Score(sum, bodies);
  }

  /** The grid value with the least share error on {@code samples}. */
  public static Fitted fit(List<Sample> samples) {
    Fitted best = null;
    for (double g : GRID) {
      Score s = score(samples, g);
      boolean better =
          best == null
              || s.mae() < best.score().mae() - 1e-12
              || (Math.abs(s.mae() - best.score().mae()) <= 1e-12
                  && Math.abs(g - RoleProfile.SHARPNESS)
                      < Math.abs(best.sharpness() - RoleProfile.SHARPNESS));
      if (better) {
        best = new Fitted(g, s);
      }
    }
    return best;
  }

  /** The sharpness cross-validated: fitted on all but one fold, scored on the held-out one. */
  public static final CrossValidation<Sample, Double, Score> CROSS_VALIDATION =
      new CrossValidation<>(
          rows -> fit(rows).sharpness(),
          SharpnessFit::score,
          SharpnessFit::describe,
          Score::describe);

  /** A sharpness as a reader sees it: "sharpness 1.40". */
  public static String describe(double sharpness) {
    return String.format(Locale.ROOT, "sharpness %.2f", sharpness);
  }
}
