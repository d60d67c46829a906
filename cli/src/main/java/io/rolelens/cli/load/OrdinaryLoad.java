package io.rolelens.cli.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Ordinary analyses that {@code stress} keeps sending while it attacks the server: a number of
 * clients, each sending its next posting on a fresh connection as soon as the last is answered,
 * recording latencies and statuses (-1 for a request that failed). Thread-safe.
 */
public final class OrdinaryLoad {
  /** Latencies (sorted, nanoseconds) and the count of each status. */
  public record Result(long[] latencies, Map<Integer, Integer> statuses) {}

  private final int clients;

  /** A load of {@code clients} clients. */
  public OrdinaryLoad(int clients) {
    this.clients = clients;
  }

  /** Runs for {@code duration}; {@code posting} gives the i-th posting's text. */
  public Result run(int port, Duration duration, IntFunction<String> posting)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    Thread timer =
        Thread.ofPlatform()
            .start(
                () -> {
                  pause(duration.toMillis());
                  stop.set(true);
                });
    Result result = run(port, stop, posting);
    timer.join();
    return result;
  }

  /** Runs until {@code stop} is set. */
  public Result run(int port, AtomicBoolean stop, IntFunction<String> posting)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<Latencies> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Latencies mine = new Latencies();
      all.add(mine);
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (!stop.get()) {
                      byte[] body =
                          Postings.requestBody(
                              "Product Manager", posting.apply(next.getAndIncrement()));
                      long began = System.nanoTime();
                      int status = send(port, body);
                      mine.add(System.nanoTime() - began);
                      statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    return new Result(Latencies.merged(all), counts(statuses));
  }

  /** How many answers had each status, in status order. */
  public static Map<Integer, Integer> counts(Map<Integer, AtomicInteger> statuses) {
    Map<Integer, Integer> counts = new TreeMap<>();
    statuses.forEach((s, n) -> counts.put(s, n.get()));
    return counts;
  }

  /** Sends one analyze request on a fresh connection; -1 when it failed. */
  public static int send(int port, byte[] body) {
    try (RawHttpClient client = new RawHttpClient(port)) {
      return client.send("POST", "/api/v1/analyze", body);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Sleeps, keeping the thread's interrupt for its caller. */
  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
