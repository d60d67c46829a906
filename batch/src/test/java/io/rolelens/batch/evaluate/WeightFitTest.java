package io.rolelens.batch.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightFitTest {
  static WeightFit.Row row(Role label, double pm, double pjm) {
    return new WeightFit.Row(
        label,
        List.of(
            new WeightFit.Item(Role.PRODUCT_MANAGER, Category.ROADMAP, pm),
            new WeightFit.Item(Role.PROJECT_MANAGER, Category.MILESTONES, pjm)),
        null);
  }

  @Test
  void shiftsWeightAwayFromACategoryThatOverwhelmsTheOtherRole() {
    WeightFit fit = new WeightFit(Map.of(), Map.of());
    for (int i = 0; i < 10; i++) {
      fit.add(row(Role.PRODUCT_MANAGER, 2.0, 2.5));
      fit.add(row(Role.PROJECT_MANAGER, 0.5, 3.0));
    }

    double before = fit.score();
    double after = fit.fit();

    assertThat(after).isGreaterThan(before).isEqualTo(1.0);
    double projectSide =
        fit.categoryWeights().getOrDefault(Category.MILESTONES, 1.0)
            * fit.roleWeights().getOrDefault(Role.PROJECT_MANAGER, 1.0);
    double productSide =
        fit.categoryWeights().getOrDefault(Category.ROADMAP, 1.0)
            * fit.roleWeights().getOrDefault(Role.PRODUCT_MANAGER, 1.0);
    assertThat(projectSide / productSide).isLessThan(0.8);
  }

  @Test
  void leavesWeightsAtOneWhenNothingIsGained() {
    WeightFit fit = new WeightFit(Map.of(), Map.of());
    fit.add(row(Role.PRODUCT_MANAGER, 3.0, 1.0));
    fit.add(row(Role.PROJECT_MANAGER, 1.0, 3.0));

    assertThat(fit.fit()).isEqualTo(1.0);
    assertThat(fit.roleWeights().values()).allMatch(w -> w == 1.0);
    assertThat(fit.categoryWeights().values()).allMatch(w -> w == 1.0);
  }

  @Test
  void keepsThePredictionOfAPostingItCannotReweigh() {
    WeightFit fit = new WeightFit(Map.of(), Map.of());
    fit.add(new WeightFit.Row(Role.PRODUCT_OWNER, List.of(), Role.PRODUCT_OWNER));

    assertThat(fit.score()).isEqualTo(1.0);
  }
}
