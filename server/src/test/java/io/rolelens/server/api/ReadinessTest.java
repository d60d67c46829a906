package io.rolelens.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HttpResponseException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  @Test
  void isReadyWhenNothingStandsInTheWay() {
    AnalysisQueue queue = new AnalysisQueue(1);
    try {
      assertThat(new Readiness(queue).problems()).isEmpty();
    } finally {
      queue.shutdown();
    }
  }

  @Test
  void saysSoWhenTheAnalysisQueueIsFullAndRefusesMoreWith503() throws InterruptedException {
    AnalysisQueue queue = new AnalysisQueue(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    try {
      queue.submit(
          () -> {
            started.countDown();
            await(release);
          });
      started.await();
      for (int i = 0; i < AnalysisQueue.WAITING_PER_THREAD; i++) {
        queue.submit(() -> {});
      }
      assertThat(new Readiness(queue).problems())
          .containsExactly("overloaded: the analysis queue is full");
      assertThatThrownBy(() -> queue.submit(() -> {}))
          .isInstanceOf(HttpResponseException.class)
          .hasMessageContaining("overloaded")
          .satisfies(e -> assertThat(((HttpResponseException) e).getStatus()).isEqualTo(503));
    } finally {
      release.countDown();
      queue.shutdown();
    }
  }

  @Test
  void saysSoForAWhileAfterAnAnalysisRanOutOfMemoryAndWhileStopping() {
    AnalysisQueue queue = new AnalysisQueue(1);
    Readiness readiness = new Readiness(queue);
    readiness.outOfMemory();
    queue.shutdown();
    assertThat(readiness.problems()).contains("stopping", "out of memory in the last 30 s");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
