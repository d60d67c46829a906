package io.rolelens.analyzer.otherjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fitted rule that makes a body another job. */
class OtherJobRuleTest {

  @ParameterizedTest(name = "{0} cues, role evidence {1} -> {2}")
  @CsvSource({
    "2, 0,    false",
    "3, 0,    true",
    "3, 7.5,  true",
    "3, 7.6,  false",
    "7, 17.4, true",
    "7, 17.6, false",
    "0, 0,    false",
  })
  void holdsWithEnoughCuesAndLittleRoleEvidenceForEach(int cues, double roleWeight, boolean holds) {
    assertThat(OtherJobRule.FITTED.holds(cues, roleWeight)).isEqualTo(holds);
  }

  @Test
  void namesTheBadNumberWhenBuiltWithOne() {
    assertThatThrownBy(() -> new OtherJobRule(0, 2))
        .hasMessageContaining("minCues")
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new OtherJobRule(3, -1))
        .hasMessageContaining("roleWeightPerCue")
        .hasMessageContaining("-1");
  }
}
