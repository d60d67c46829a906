package io.rolelens.server.api;

import io.rolelens.server.error.ApiError;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that analyse and answer requests, one per CPU by default, taking them from one queue,
 * first come first served. They are apart from the threads that read requests and serve the page
 * and the probes, so {@code /health} and {@code /ready} answer at once even while every analysis
 * thread is busy with a slow posting. The queue is bounded: when it is full the server is
 * overloaded, and a request is better told so (503) than left waiting. Thread-safe.
 */
public final class AnalysisQueue {
  /** Requests that may wait per analysis thread before the server says it is overloaded. */
  static final int WAITING_PER_THREAD = 128;

  private final ThreadPoolExecutor pool;
  private final int capacity;

  public AnalysisQueue(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive, was " + threads);
    }
    this.capacity = threads * WAITING_PER_THREAD;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(capacity),
            task -> {
              Thread t = new Thread(task, "rolelens-analysis-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.prestartAllCoreThreads();
  }

  /**
   * Queues a task behind those waiting.
   *
   * @throws io.javalin.http.HttpResponseException 503 when the queue is full or the server is
   *     stopping
   */
  public void submit(Runnable task) {
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      if (pool.isShutdown()) {
        throw ApiError.unavailable("the server is stopping; try again once it is back");
      }
      throw ApiError.overloaded(capacity);
    }
  }

  /** Requests waiting for an analysis thread now. */
  public int waiting() {
    return pool.getQueue().size();
  }

  /** Whether so many requests wait that more would be refused. */
  public boolean full() {
    return pool.getQueue().remainingCapacity() == 0;
  }

  /** Whether {@link #shutdown()} has been called. */
  public boolean stopping() {
    return pool.isShutdown();
  }

  /** Finishes the queued analyses and takes no more. */
  public void shutdown() {
    pool.shutdown();
  }
}
