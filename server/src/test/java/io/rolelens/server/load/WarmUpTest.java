package io.rolelens.server.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {
  static LoadTest.Phase scripted(Double... rates) {
    Iterator<Double> next = List.of(rates).iterator();
    return d -> new LoadTest.Result(Math.round(next.next() * d.toMillis() / 1000.0), 0, d.toMillis() / 1000.0, 1, 2, 3);
  }

  @Test
  void warmUpEndsOnceTwoRoundsAgreeWithinTheTolerance() throws InterruptedException {
    List<Double> rates = LoadTest.warmUp(scripted(200.0, 900.0, 1500.0, 1550.0, 9999.0), Duration.ofSeconds(1), Duration.ZERO, Duration.ofHours(1), 0.05);

    assertThat(rates).containsExactly(200.0, 900.0, 1500.0, 1550.0);
  }

  @Test
  void warmUpStopsAtItsTimeLimitWhenRoundsNeverAgree() throws InterruptedException {
    Double[] wild = new Double[1000];
    for (int i = 0; i < wild.length; i++) {
      wild[i] = i % 2 == 0 ? 100.0 : 1000.0;
    }
    LoadTest.Phase slow = scripted(wild);
    LoadTest.Phase timed = d -> {
      Thread.sleep(d);
      return slow.run(d);
    };

    List<Double> rates = LoadTest.warmUp(timed, Duration.ofMillis(20), Duration.ZERO, Duration.ofMillis(100), 0.05);

    assertThat(rates).hasSizeBetween(2, 6);
  }

  @Test
  void warmUpRunsAtLeastItsMinimumEvenWhenTheFirstRoundsAgree() throws InterruptedException {
    LoadTest.Phase steady = d -> {
      Thread.sleep(d);
      return new LoadTest.Result(100, 0, d.toMillis() / 1000.0, 1, 2, 3);
    };

    List<Double> rates = LoadTest.warmUp(steady, Duration.ofMillis(20), Duration.ofMillis(90), Duration.ofSeconds(10), 0.05);

    assertThat(rates).hasSizeBetween(4, 7);
  }
}
