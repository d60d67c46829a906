package io.rolelens.batch.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.otherjob.OtherJobRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fitting the other-job rule against readers' none bodies. */
class OtherJobFitTest {
  static final String DATA_ANALYST =
      "Analyse customer datasets and find trends. Write SQL and Python to clean the data."
          + " Build reports in Tableau and Power BI. Run statistical models to forecast demand.";
  static final String PRODUCT_MANAGER =
      "You will own the product vision and strategy for our checkout. Run customer"
          + " interviews and discovery, define success metrics and own the roadmap. SQL is a plus.";
  static final String THIN = "Great company, great benefits, apply today.";

  static List<OtherJobFit.Sample> samples = new ArrayList<>();

  @BeforeAll
  static void analyse() {
    RoleAnalyzer analyzer = RoleAnalyzer.builder().partOfSpeech(false).build();
    // Three of each, in runs, so that each of three folds (i % 3) holds one of each.
    for (int i = 0; i < 3; i++) {
      samples.add(new OtherJobFit.Sample(analyzer.analyze("", DATA_ANALYST), true, false));
    }
    for (int i = 0; i < 3; i++) {
      samples.add(new OtherJobFit.Sample(analyzer.analyze("", PRODUCT_MANAGER), false, true));
    }
    for (int i = 0; i < 3; i++) {
      samples.add(new OtherJobFit.Sample(analyzer.analyze("", THIN), true, false));
    }
  }

  @Test
  void scoresARuleAgainstTheNoneBodiesItLeavesNeitherThinNorForeign() {
    OtherJobFit.Score s = OtherJobFit.score(samples, OtherJobRule.FITTED);
    assertThat(s).isEqualTo(new OtherJobFit.Score(3, 3, 3, 0));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void countsTheCallsOnBodiesReadersGaveARole() {
    OtherJobFit.Score loose = OtherJobFit.score(samples, new OtherJobRule(1, 100));
    assertThat(loose.calledOnRoles()).isEqualTo(3);
    assertThat(loose.precision()).isEqualTo(0.5);
  }

  @Test
  void fitsTheStrictestRuleWithTheBestAgreement() {
    OtherJobFit.Fitted best = OtherJobFit.fit(samples);
    assertThat(best.score().f1()).isEqualTo(1.0);
    assertThat(best.score().calledOnRoles()).isZero();
    assertThat(OtherJobFit.candidates()).hasSize(8 * 16).contains(best.rule());
    int cues = samples.get(0).analysis().otherJob().count();
    assertThat(best.rule().minCues()).isEqualTo(Math.min(cues, OtherJobFit.MIN_CUES_TO));
  }

  @Test
  void crossValidatesFoldByFoldAndSumsTheHeldOutScores() {
    List<String> lines = new ArrayList<>();
    OtherJobFit.Score held = OtherJobFit.CROSS_VALIDATION.run(samples, 3, lines::add);
    assertThat(lines).hasSize(3).allMatch(l -> l.startsWith("fold "));
    assertThat(held).isEqualTo(new OtherJobFit.Score(3, 3, 3, 0));
  }
}
