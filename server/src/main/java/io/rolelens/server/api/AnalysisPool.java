package io.rolelens.server.api;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed set of platform threads, one per CPU by default, that every request hands its analysis
 * to, first come first served. Analysing on the (virtual) request threads themselves costs less CPU
 * but is not fair: an analysis never yields its carrier, so requests whose turn came through the
 * scheduler's shared queue waited seconds behind the ones that kept their carrier (measured with
 * and without a fair semaphore around the analysis). Thread-safe.
 */
public final class AnalysisPool implements AutoCloseable {
  private final RoleAnalyzer analyzer;
  private final ExecutorService threads;

  public AnalysisPool(RoleAnalyzer analyzer, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive, was " + size);
    }
    this.analyzer = analyzer;
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            size, task -> Thread.ofPlatform().daemon().name("rolelens-analysis-" + n.incrementAndGet()).unstarted(task));
  }

  /**
   * Analyses on one of the pool's threads and waits for the result. Exceptions from the analyzer
   * (bad input) reach the caller unchanged.
   */
  public Analysis analyze(String title, String body) {
    Future<Analysis> result = threads.submit(() -> analyzer.analyze(title, body));
    try {
      return result.get();
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the analysis", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the threads; analyses already queued still finish. */
  @Override
  public void close() {
    threads.shutdown();
  }
}
