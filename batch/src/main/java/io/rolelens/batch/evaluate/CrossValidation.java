package io.rolelens.batch.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * K-fold cross-validation of a setting fitted to readers' labels ({@link Fold} deals the rows): for
 * each fold, fits on the rest, scores the held-out rows with what was fitted and says so in a line;
 * the result is the score of every row under the setting fitted without it. Immutable and
 * thread-safe when its functions are.
 *
 * @param fit the best setting for some rows
 * @param score the score of some rows, row {@code i} under the setting given for {@code i}
 * @param describe a setting as a reader sees it
 * @param describeScore a held-out score as a reader sees it
 */
public record CrossValidation<T, P, S>(
    Function<List<T>, P> fit,
    BiFunction<List<T>, IntFunction<P>, S> score,
    Function<P, String> describe,
    Function<S, String> describeScore) {

  /**
   * Cross-validates over {@code folds} folds of {@code rows}, telling {@code report} a line {@code
   * "fold K: <setting>; held out: <score>"} per fold; returns the score of every row under the
   * setting fitted without it.
   */
  public S run(List<T> rows, int folds, Consumer<String> report) {
    List<P> settings = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      Fold<T> fold = Fold.of(rows, folds, k);
      P setting = fit.apply(fold.fitOn());
      S heldOut = score.apply(fold.heldOut(), i -> setting);
      report.accept(
          "fold "
              + (k + 1)
              + ": "
              + describe.apply(setting)
              + "; held out: "
              + describeScore.apply(heldOut));
      settings.add(setting);
    }
    return score.apply(rows, i -> settings.get(i % folds));
  }
}
