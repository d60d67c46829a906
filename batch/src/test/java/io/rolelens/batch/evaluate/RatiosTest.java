package io.rolelens.batch.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatiosTest {

  @Test
  void dividesThePartByTheWholeAndGivesZeroForAnEmptyWhole() {
    assertThat(Ratios.share(1, 4)).isEqualTo(0.25);
    assertThat(Ratios.share(3, 0)).isZero();
  }

  @Test
  void takesTheHarmonicMeanAndGivesZeroWhenBothAreZero() {
    assertThat(Ratios.f1(0.5, 1.0)).isEqualTo(2 * 0.5 / 1.5);
    assertThat(Ratios.f1(0, 0)).isZero();
  }
}
