package io.rolelens.batch.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

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

  /**
   * Cross-validates a fit over {@code folds} folds of {@code rows}: for each fold, fits on the
   * rest, scores the held-out rows with what was fitted and tells {@code report} a line {@code
   * "fold K: <setting>; held out: <score>"}; returns the score of every row under the setting
   * fitted without it.
   */
  public static <T, P, S> S crossValidate(
      List<T> rows, int folds, Fitting<T, P, S> fitting, Consumer<String> report) {
    List<P> settings = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      Fold<T> fold = of(rows, folds, k);
      P setting = fitting.fit().apply(fold.fitOn());
      S heldOut = fitting.score().apply(fold.heldOut(), i -> setting);
      report.accept(
          "fold "
              + (k + 1)
              + ": "
              + fitting.describe().apply(setting)
              + "; held out: "
              + fitting.describeScore().apply(heldOut));
      settings.add(setting);
    }
    return fitting.score().apply(rows, i -> settings.get(i % folds));
  }

  /**
   * What cross-validation does with a setting fitted to readers' labels.
   *
   * @param fit the best setting for some rows
   * @param score the score of some rows, row {@code i} under the setting given for {@code i}
   * @param describe a setting as a reader sees it
   * @param describeScore a held-out score as a reader sees it
   */
  public record Fitting<T, P, S>(
      Function<List<T>, P> fit,
      BiFunction<List<T>, IntFunction<P>, S> score,
      Function<P, String> describe,
      Function<S, String> describeScore) {}
}
