package io.rolelens.spark;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Driver-side work whose Spark jobs run beside the calling thread's, in a job group of their own so
 * that they can be cancelled when another output fails. Runs on a daemon thread that ends with the
 * work. Thread-safe.
 */
final class Alongside<T> {
  private final SparkSession spark;
  private final String group;
  private final CompletableFuture<T> work;

  private Alongside(SparkSession spark, String description, Supplier<T> job) {
    String name = "rolelens-" + description.replace(' ', '-');
    this.spark = spark;
    this.group = name + "-" + UUID.randomUUID();
    this.work = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                spark.sparkContext().setJobGroup(group, description, true);
                work.complete(job.get());
              } catch (Throwable e) {
                work.completeExceptionally(e);
              }
            },
            name);
    t.setDaemon(true);
    t.start();
  }

  /** Starts {@code job} beside the caller; {@code description} names its job group. */
  static <T> Alongside<T> start(SparkSession spark, String description, Supplier<T> job) {
    return new Alongside<>(spark, description, job);
  }

  /** Waits for the result, or throws the work's failure as it was thrown. */
  T result() throws IOException {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error fatal) {
        throw fatal;
      }
      throw new IOException(e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Cancels the work's jobs until it has ended (it may be between two jobs when asked); gives up if
   * Spark itself has stopped, since then so has the work. Does nothing once it has ended.
   */
  void stop() {
    while (!work.isDone()) {
      try {
        spark.sparkContext().cancelJobGroup(group);
      } catch (RuntimeException sparkStopped) {
        return;
      }
      try {
        work.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException | ExecutionException | CancellationException e) {
        // ended with its own failure, or not yet: look again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
