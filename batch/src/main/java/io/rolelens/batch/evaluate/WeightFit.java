package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.score.RoleProfile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fits per-role and per-category evidence multipliers by coordinate ascent on macro-F1, over
 * postings analysed once. Each posting is kept as its evidence (role, category, damped weight), so
 * trying a weight costs a few additions per posting, not a new analysis. A change is kept only when
 * it gains at least {@link #MIN_GAIN}, and among equal scores the value nearest 1 wins, so weights
 * move away from 1 only when the data asks for it. Not thread-safe.
 */
public final class WeightFit {
  /** Values tried for each weight. */
  static final double[] GRID = {0.7, 0.85, 1.0, 1.2, 1.4};

  /** Smallest macro-F1 gain that justifies moving a weight. */
  static final double MIN_GAIN = 0.01;

  static final int PASSES = 3;

  /** One piece of evidence of a posting, before calibration. */
  public record Item(Role role, Category category, double weight) {}

  /**
   * A labelled posting as its evidence; {@code fixed} holds the prediction when it cannot change.
   */
  public record Row(Role label, List<Item> items, Role fixed) {}

  private final List<Row> rows = new ArrayList<>();
  private final Map<Role, Double> roleWeights = new EnumMap<>(Role.class);
  private final Map<Category, Double> categoryWeights = new EnumMap<>(Category.class);

  /** Starts from the lexicon's current weights. */
  public WeightFit(Map<Role, Double> roles, Map<Category, Double> categories) {
    roleWeights.putAll(roles);
    categoryWeights.putAll(categories);
  }

  public void add(Row row) {
    rows.add(row);
  }

  /** The rows added so far. */
  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Macro-F1 of the current weights on other rows (for held-out checks). */
  public double score(List<Row> others) {
    Evaluation e = new Evaluation();
    for (Row row : others) {
      e.add(row.label(), predict(row), false);
    }
    return e.macroF1();
  }

  public Map<Role, Double> roleWeights() {
    return roleWeights;
  }

  public Map<Category, Double> categoryWeights() {
    return categoryWeights;
  }

  /** Macro-F1 of the current weights. */
  public double score() {
    return score(rows);
  }

  /** Runs the coordinate ascent and returns the final macro-F1. */
  public double fit() {
    double best = score();
    for (int pass = 0; pass < PASSES; pass++) {
      boolean moved = false;
      for (Role role : Role.values()) {
        double before = best;
        best = tune(roleWeights, role, best);
        moved |= best > before;
      }
      for (Category category : Category.values()) {
        if (category.isEvidence()) {
          double before = best;
          best = tune(categoryWeights, category, best);
          moved |= best > before;
        }
      }
      if (!moved) {
        break;
      }
    }
    return best;
  }

  private <K> double tune(Map<K, Double> weights, K key, double current) {
    double original = weights.getOrDefault(key, 1.0);
    double bestValue = original;
    double bestScore = current;
    for (double value : GRID) {
      weights.put(key, value);
      double s = score();
      boolean better = s >= bestScore + MIN_GAIN;
      boolean asGoodNearerOne =
          Math.abs(s - bestScore) < 1e-12 && Math.abs(value - 1) < Math.abs(bestValue - 1);
      if (better || asGoodNearerOne) {
        bestScore = s;
        bestValue = value;
      }
    }
    weights.put(key, bestValue);
    return bestScore;
  }

  private Role predict(Row row) {
    if (row.fixed() != null) {
      return row.fixed();
    }
    EnumMap<Role, Double> sums = new EnumMap<>(Role.class);
    for (Item item : row.items()) {
      double w =
          item.weight()
              * roleWeights.getOrDefault(item.role(), 1.0)
              * categoryWeights.getOrDefault(item.category(), 1.0);
      sums.merge(item.role(), w, Double::sum);
    }
    // The analyzer's own rule, ties included.
    return new RoleProfile(sums, 0, 0, 0, List.of()).bestGuess();
  }
}
