package io.rolelens.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTest {

  @Test
  void combinedSlicesAddUpAndTakePercentilesOverEveryLatency() {
    LoadTest.Result fast =
        LoadTest.Result.of(3, 0, 1.0, new long[] {1_000_000, 2_000_000, 3_000_000});
    LoadTest.Result slow = LoadTest.Result.of(2, 1, 1.0, new long[] {10_000_000, 20_000_000});

    LoadTest.Result all = LoadTest.Result.combine(List.of(fast, slow));

    assertThat(all.requests()).isEqualTo(5);
    assertThat(all.failures()).isEqualTo(1);
    assertThat(all.throughput()).isEqualTo(2.5);
    assertThat(all.p50Millis()).isEqualTo(3.0);
    assertThat(all.p99Millis()).isEqualTo(20.0);
    assertThat(all.maxMillis()).isEqualTo(20.0);
    assertThat(all.sortedNanos()).isSorted().hasSize(5);
  }
}
