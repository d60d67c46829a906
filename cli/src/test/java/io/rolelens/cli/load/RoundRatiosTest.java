package io.rolelens.cli.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRatiosTest {
  private static LoadTest.Result perSecond(long requests) {
    return new LoadTest.Result(requests, 0, 1.0, 1, 2, 3);
  }

  private static List<LoadTest.Result> slices(long... requests) {
    return java.util.Arrays.stream(requests).mapToObj(RoundRatiosTest::perSecond).toList();
  }

  @Test
  void holdsEachRoundsHttpSliceAgainstTheFasterInProcessSliceOfThatRound() {
    RoundRatios rounds =
        RoundRatios.of(slices(70, 60, 90), slices(100, 80, 100), slices(90, 100, 120));

    assertThat(rounds.ratios()).containsExactly(0.70, 0.60, 0.75);
  }

  @Test
  void givesTheMedianMinimumAndMaximumOfTheRounds() {
    RoundRatios odd = new RoundRatios(List.of(0.72, 0.66, 0.75));
    RoundRatios even = new RoundRatios(List.of(0.72, 0.66, 0.75, 0.70));

    assertThat(odd.median()).isEqualTo(0.72);
    assertThat(even.median()).isCloseTo(0.71, within(1e-12));
    assertThat(even.min()).isEqualTo(0.66);
    assertThat(even.max()).isEqualTo(0.75);
  }

  @Test
  void countsTheRoundsThatReachTheTarget() {
    assertThat(new RoundRatios(List.of(0.72, 0.66, 0.70, 0.69)).atLeast(0.70)).isEqualTo(2);
  }

  @Test
  void givesNanWithNoRounds() {
    RoundRatios none = new RoundRatios(List.of());

    assertThat(none.median()).isNaN();
    assertThat(none.min()).isNaN();
    assertThat(none.max()).isNaN();
  }

  @Test
  void refusesSettingsWithDifferentNumbersOfSlicesNamingTheCounts() {
    assertThatThrownBy(() -> RoundRatios.of(slices(1, 2), slices(1), slices(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("had 2 HTTP, 1 and 2 in-process");
  }
}
