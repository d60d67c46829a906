package io.rolelens.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  static LoadTest.Phase scripted(Double... rates) {
    Iterator<Double> next = List.of(rates).iterator();
    return d ->
        new LoadTest.Result(
            Math.round(next.next() * d.toMillis() / 1000.0), 0, d.toMillis() / 1000.0, 1, 2, 3);
  }

  @Test
  void warmUpEndsOnceTwoRoundsAgreeWithinTheTolerance() throws InterruptedException {
    List<Double> rates =
        LoadTest.warmUp(
            scripted(200.0, 900.0, 1500.0, 1550.0, 9999.0),
            Duration.ofSeconds(1),
            Duration.ZERO,
            Duration.ofHours(1),
            0.05);

    assertThat(rates).containsExactly(200.0, 900.0, 1500.0, 1550.0);
  }

  @Test
  void warmUpStopsAtItsTimeLimitWhenRoundsNeverAgree() throws InterruptedException {
    Double[] wild = new Double[1000];
    for (int i = 0; i < wild.length; i++) {
      wild[i] = i % 2 == 0 ? 100.0 : 1000.0;
    }
    LoadTest.Phase slow = scripted(wild);
    LoadTest.Phase timed =
        d -> {
          Thread.sleep(d);
          return slow.run(d);
        };

    long began = System.nanoTime();
    List<Double> rates =
        LoadTest.warmUp(timed, Duration.ofMillis(20), Duration.ZERO, Duration.ofMillis(100), 0.05);
    Duration took = Duration.ofNanos(System.nanoTime() - began);

    // However late a loaded machine wakes the sleeps: it ran until the limit, then stopped there
    // (at most five 20 ms rounds and a remainder fit in 100 ms, of the 1000 offered).
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    assertThat(rates).hasSizeBetween(1, 6);
  }

  @Test
  void warmUpRunsAtLeastItsMinimumEvenWhenTheFirstRoundsAgree() throws InterruptedException {
    LoadTest.Phase steady =
        d -> {
          Thread.sleep(d);
          return new LoadTest.Result(100, 0, d.toMillis() / 1000.0, 1, 2, 3);
        };

    long began = System.nanoTime();
    List<Double> rates =
        LoadTest.warmUp(
            steady, Duration.ofMillis(20), Duration.ofMillis(90), Duration.ofSeconds(10), 0.05);
    Duration took = Duration.ofNanos(System.nanoTime() - began);

    // Rounds agree from the second on, yet it ran its 90 ms minimum, and stopped at the first round
    // past it rather than at the 10 s limit (five 20 ms rounds already make 100 ms).
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(90));
    assertThat(rates).hasSizeBetween(2, 5);
  }
}
