package io.rolelens.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void handsBackEveryResultInTheItemsOrderWhateverThreadFinishesFirst() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    List<String> results = new ArrayList<>();
    try (InOrder<Integer, String> mapped =
        new InOrder<>(items.iterator(), InOrderTest::slowly, 3, "testing")) {
      mapped.forEachRemaining(results::add);
    }

    assertThat(results).isEqualTo(items.stream().map(i -> "#" + i).toList());
  }

  @Test
  void givesNothingForNoItems() {
    try (InOrder<Integer, String> mapped =
        new InOrder<>(List.<Integer>of().iterator(), i -> "#" + i, 2, "testing")) {
      assertThat(mapped.hasNext()).isFalse();
    }
  }

  @Test
  void namesTheWorkWhenAMappingFails() {
    InOrder<Integer, Integer> mapped =
        new InOrder<>(List.of(1, 0, 2).iterator(), i -> 10 / i, 2, "testing");

    assertThatThrownBy(() -> mapped.forEachRemaining(i -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("a testing thread failed: java.lang.ArithmeticException")
        .hasCauseInstanceOf(ArithmeticException.class);
  }

  @Test
  void passesTheSourcesOwnExceptionAsItIs() {
    java.util.Iterator<Integer> broken =
        new java.util.Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            throw new java.io.UncheckedIOException(new java.io.IOException("truncated gzip"));
          }
        };
    try (InOrder<Integer, Integer> mapped = new InOrder<>(broken, i -> i, 2, "testing")) {
      assertThatThrownBy(mapped::hasNext).hasRootCauseMessage("truncated gzip");
    }
  }

  private static String slowly(int i) {
    try {
      TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(200));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "#" + i;
  }
}
