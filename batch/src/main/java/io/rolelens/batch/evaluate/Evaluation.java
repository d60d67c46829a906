package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.Role;
import java.util.Locale;

/**
 * Accumulates predictions against labels and computes accuracy, per-class precision, recall and F1,
 * and macro-F1 over the three roles. Not thread-safe.
 */
public final class Evaluation {
  private final CountMatrix<Role> matrix = new CountMatrix<>(Role.class);
  private int thin;

  /**
   * Records one prediction; {@code thin} when the body was too thin to call and this is a guess.
   */
  public void add(Role label, Role predicted, boolean thinBody) {
    matrix.add(label, predicted);
    if (thinBody) {
      thin++;
    }
  }

  public int n() {
    return matrix.total();
  }

  /** Rows whose body was too thin to call, counted as the analyzer's best guess. */
  public int thin() {
    return thin;
  }

  public int count(Role label, Role predicted) {
    return matrix.count(label, predicted);
  }

  public double accuracy() {
    int correct = 0;
    for (Role r : Role.values()) {
      correct += count(r, r);
    }
    return Ratios.share(correct, n());
  }

  public double precision(Role r) {
    return Ratios.share(count(r, r), matrix.columnTotal(r));
  }

  public double recall(Role r) {
    return Ratios.share(count(r, r), support(r));
  }

  public int support(Role r) {
    return matrix.rowTotal(r);
  }

  public double f1(Role r) {
    return Ratios.f1(precision(r), recall(r));
  }

  /** Mean F1 over the roles present in the labels. */
  public double macroF1() {
    double sum = 0;
    int classes = 0;
    for (Role r : Role.values()) {
      if (support(r) > 0) {
        sum += f1(r);
        classes++;
      }
    }
    return Ratios.share(sum, classes);
  }

  /**
   * The report: per-class table, confusion matrix, and last the line {@code macro_f1=… accuracy=…
   * n=…}.
   */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "accuracy: %.3f (%d rows, %d too thin to call, counted as best guess)%n",
            accuracy(),
            n(),
            thin));
    out.append(
        String.format(
            Locale.ROOT,
            "%n%-16s %9s %9s %9s %8s%n",
            "role",
            "precision",
            "recall",
            "f1",
            "support"));
    for (Role r : Role.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-16s %9.3f %9.3f %9.3f %8d%n",
              r.id(),
              precision(r),
              recall(r),
              f1(r),
              support(r)));
    }
    out.append(matrix.text("confusion matrix (rows: label, columns: predicted)", 16, 16));
    out.append(
        String.format(
            Locale.ROOT, "%nmacro_f1=%.3f accuracy=%.3f n=%d%n", macroF1(), accuracy(), n()));
    return out.toString();
  }
}
