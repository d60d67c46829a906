package io.rolelens.cli.load;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks {@code GET /health} every few milliseconds on its own thread and keeps each answer's
 * latency, to show whether probes stay fast while the server is under attack. Thread-safe to start
 * and stop; read the results after {@link #stop()}.
 */
public final class Prober {
  private final int port;
  private final Latencies latencies = new Latencies();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;
  private final Latencies starts = new Latencies();
  private int failures;

  private Prober(int port) {
    this.port = port;
    this.thread = Thread.ofPlatform().name("rolelens-prober").start(this::run);
  }

  /** Starts probing {@code 127.0.0.1:port}. */
  public static Prober start(int port) {
    return new Prober(port);
  }

  private void run() {
    while (running.get()) {
      long began = System.nanoTime();
      try (RawHttpClient client = new RawHttpClient(port)) {
        if (client.send("GET", "/health", null) != 200) {
          failures++;
        }
      } catch (IOException e) {
        failures++;
      }
      synchronized (this) {
        latencies.add(System.nanoTime() - began);
        starts.add(began);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Stops probing and waits for the last probe. */
  public void stop() throws InterruptedException {
    running.set(false);
    thread.join();
  }

  /** Probe latencies, sorted, in nanoseconds. */
  public long[] sorted() {
    return Latencies.merged(java.util.List.of(latencies));
  }

  /**
   * Latencies, sorted, of the probes sent at or after {@code nanoTime} ({@link System#nanoTime()}).
   */
  public synchronized long[] sortedFrom(long nanoTime) {
    long[] all = latencies.toArray();
    long[] began = starts.toArray();
    Latencies later = new Latencies();
    for (int i = 0; i < all.length; i++) {
      if (began[i] >= nanoTime) {
        later.add(all[i]);
      }
    }
    return Latencies.merged(java.util.List.of(later));
  }

  /** Probes that did not get 200. */
  public int failures() {
    return failures;
  }
}
