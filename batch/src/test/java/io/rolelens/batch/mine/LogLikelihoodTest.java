package io.rolelens.batch.mine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dunning's G² against values worked out by hand from 2 Σ k ln(k / E). */
class LogLikelihoodTest {
  @ParameterizedTest(name = "{0} of {1} against {2} of {3} is {4}")
  @CsvSource({
    // E = 3, 12, 17, 68: 2 × (10 ln 10/3 + 5 ln 5/12 + 10 ln 10/17 + 75 ln 75/68) = 2 × 9.70463
    "10, 20, 5, 80, 19.40926",
    // Empty cells add nothing: 2 × (5 ln 5/0.25 + 95 ln 95/90.25) = 2 × (14.97866 + 4.87286)
    "5, 5, 0, 95, 39.70305",
    // The same rate on both sides: no surprise at all.
    "3, 30, 30, 300, 0",
    // Rarer in the foreground is as surprising as the mirror image (20 of 100 against 10 of 100).
    "10, 100, 20, 100, 3.98656",
    "20, 100, 10, 100, 3.98656"
  })
  void matchesTheHandWorkedValue(
      long a, long foreground, long b, long background, double expected) {
    assertThat(LogLikelihood.g2(a, foreground, b, background)).isCloseTo(expected, within(1e-4));
  }

  @Test
  void saysWhichSideThePhraseIsMoreFrequentIn() {
    assertThat(LogLikelihood.overRepresented(20, 100, 10, 100)).isTrue();
    assertThat(LogLikelihood.overRepresented(10, 100, 20, 100)).isFalse();
    assertThat(LogLikelihood.overRepresented(3, 30, 30, 300)).isFalse();
  }

  @Test
  void refusesCountsLargerThanTheirTotals() {
    assertThatThrownBy(() -> LogLikelihood.g2(7, 6, 0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a=7 of 6");
  }
}
