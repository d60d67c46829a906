package io.rolelens.batch.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.score.Judgement.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerdictFitTest {
  static RoleAnalyzer analyzer;

  @BeforeAll
  static void build() {
    analyzer = RoleAnalyzer.builder().build();
  }

  static BodyLabel label(String id, Role role) {
    return new BodyLabel(id, BodyLabel.Kind.ROLE, role, Set.of(), Map.of(role, 1.0), 1);
  }

  /** A short posting with one Product Manager duty line: below 1.5 of evidence, above 1.0. */
  static final String ONE_LINE =
      "You will own the product roadmap for our payments team and talk to customers every week.";

  @Test
  void prefersTheEvidenceThresholdUnderWhichTheReadersClearPostingsGetAVerdict() {
    Analysis a = analyzer.analyze("", ONE_LINE);
    double evidence = a.profile().totalWeight();
    List<VerdictFit.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      samples.add(
          new VerdictFit.Sample(
              List.of(Role.PRODUCT_MANAGER), a, label("pm-" + i, Role.PRODUCT_MANAGER)));
    }
    VerdictFit.Fitted fitted = VerdictFit.fit(samples);
    assertThat(fitted.thresholds().minEvidence()).isLessThanOrEqualTo(evidence);
    assertThat(fitted.score().agreement()).isEqualTo(1.0);
    Thresholds strict = new Thresholds(0.6, 0.3, evidence + 1);
    assertThat(VerdictFit.score(samples, strict).agreement()).isZero();
  }

  @Test
  void crossValidatesOnHeldOutFoldsAndReportsEachFold() {
    Analysis a = analyzer.analyze("", ONE_LINE);
    List<VerdictFit.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      samples.add(
          new VerdictFit.Sample(
              List.of(Role.PRODUCT_MANAGER), a, label("pm-" + i, Role.PRODUCT_MANAGER)));
    }
    List<String> lines = new ArrayList<>();
    VerdictFit.Score held = VerdictFit.CROSS_VALIDATION.run(samples, 5, lines::add);
    assertThat(lines)
        .hasSize(5)
        .allMatch(l -> l.startsWith("fold ") && l.contains("held out: verdict agreement"));
    assertThat(held.n()).isEqualTo(10);
    assertThat(held.agreement()).isEqualTo(1.0);
  }
}
