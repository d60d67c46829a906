package io.rolelens.batch.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * One fold of a K-fold cross-validation: row {@code i} is held out in fold {@code i % K}, the rest
 * are fitted on, so every row is held out exactly once, the same way on every run.
 *
 * @param fitOn the rows to fit on
 * @param heldOut the rows to score the fit on
 */
public record Fold<T>(List<T> fitOn, List<T> heldOut) {
  public Fold {
    fitOn = List.copyOf(fitOn);
    heldOut = List.copyOf(heldOut);
  }

  /** Fold {@code k} (0-based) of {@code folds} over {@code rows}. */
  public static <T> Fold<T> of(List<T> rows, int folds, int k) {
    if (folds < 2 || k < 0 || k >= folds) {
      throw new IllegalArgumentException(
          "fold " + k + " of " + folds + ": need folds >= 2 and 0 <= k < folds");
    }
    List<T> fitOn = new ArrayList<>();
    List<T> heldOut = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      (i % folds == k ? heldOut : fitOn).add(rows.get(i));
    }
    return new Fold<>(fitOn, heldOut);
  }
}
