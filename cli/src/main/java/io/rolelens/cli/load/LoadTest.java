package io.rolelens.cli.load;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.cli.load.Postings.Posting;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives N concurrent clients for a fixed time, either straight at a {@link RoleAnalyzer} in this
 * process or over HTTP at a server on loopback, and summarises throughput and latency. Each call of
 * a run method is self-contained; not meant to be shared across threads.
 */
public final class LoadTest {
  /**
   * What one run measured.
   *
   * @param sortedNanos every request's latency, sorted (empty when not kept)
   */
  public record Result(
      long requests,
      long failures,
      double seconds,
      double p50Millis,
      double p99Millis,
      double maxMillis,
      long[] sortedNanos) {
    public Result(
        long requests,
        long failures,
        double seconds,
        double p50Millis,
        double p99Millis,
        double maxMillis) {
      this(requests, failures, seconds, p50Millis, p99Millis, maxMillis, new long[0]);
    }

    public double throughput() {
      return requests / seconds;
    }

    /**
     * Several runs taken as one: requests, failures and time add up; percentiles over all
     * latencies.
     */
    public static Result combine(List<Result> parts) {
      long requests = 0;
      long failures = 0;
      double seconds = 0;
      List<Latencies> latencies = new ArrayList<>(parts.size());
      for (Result r : parts) {
        requests += r.requests;
        failures += r.failures;
        seconds += r.seconds;
        latencies.add(Latencies.of(r.sortedNanos));
      }
      return of(requests, failures, seconds, Latencies.merged(latencies));
    }

    static Result of(long requests, long failures, double seconds, long[] sorted) {
      return new Result(
          requests,
          failures,
          seconds,
          Latencies.percentileMillis(sorted, 0.50),
          Latencies.percentileMillis(sorted, 0.99),
          sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6,
          sorted);
    }
  }

  private final int clients;

  public LoadTest(int clients) {
    if (clients < 1) {
      throw new IllegalArgumentException("clients must be positive, was " + clients);
    }
    this.clients = clients;
  }

  /** Calls {@code analyzer.analyze} from every client thread for the given time. */
  public Result inProcess(RoleAnalyzer analyzer, List<Posting> postings, Duration duration)
      throws InterruptedException {
    return run(
        duration,
        (client, latencies, stop, failures) -> {
          try {
            // Clients start at different postings so they do not move in lock-step.
            for (int i = client * 7; !stop.get(); i++) {
              Posting p = postings.get(i % postings.size());
              long t0 = System.nanoTime();
              analyzer.analyze(p.title(), p.text());
              latencies.add(System.nanoTime() - t0);
            }
          } catch (RuntimeException e) {
            stopped(client, e, failures);
          }
        });
  }

  /** POSTs the prepared JSON bodies to {@code 127.0.0.1:port/api/v1/analyze} from every client. */
  public Result overHttp(int port, List<byte[]> bodies, Duration duration)
      throws InterruptedException {
    return run(
        duration,
        (client, latencies, stop, failures) -> {
          // Each run's clients close their connections, so the server is not left holding a run's
          // worth of idle ones through the next.
          try (RawHttpClient http = new RawHttpClient(port)) {
            for (int i = client * 7; !stop.get(); i++) {
              long t0 = System.nanoTime();
              int status = http.send("POST", "/api/v1/analyze", bodies.get(i % bodies.size()));
              latencies.add(System.nanoTime() - t0);
              if (status != 200) {
                failures.incrementAndGet();
              }
            }
          } catch (IOException | RuntimeException e) {
            stopped(client, e, failures);
          }
        });
  }

  /**
   * Runs {@code phase} in rounds of {@code round} until the JIT has settled: once at least {@code
   * minimum} has passed, until a round's throughput is within {@code tolerance} of the one before;
   * or until {@code limit} has passed. Returns every round's throughput, in order.
   */
  public static List<Double> warmUp(
      Phase phase, Duration round, Duration minimum, Duration limit, double tolerance)
      throws InterruptedException {
    List<Double> rates = new ArrayList<>();
    long began = System.nanoTime();
    long deadline = began + limit.toNanos();
    do {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      Duration next = left.compareTo(round) < 0 ? left : round;
      if (next.isZero()) {
        break;
      }
      rates.add(phase.run(next).throughput());
      int n = rates.size();
      boolean longEnough = System.nanoTime() - began >= minimum.toNanos();
      if (longEnough
          && n >= 2
          && Math.abs(rates.get(n - 1) - rates.get(n - 2)) <= tolerance * rates.get(n - 2)) {
        break;
      }
    } while (System.nanoTime() < deadline);
    return rates;
  }

  /** One measured phase of a given length. */
  @FunctionalInterface
  public interface Phase {
    Result run(Duration duration) throws InterruptedException;
  }

  /**
   * What one client thread does until {@code stop}: its own loop for each kind of client, so the
   * JIT sees one kind of call at each call site. (With one loop shared by both kinds, the loop's C2
   * code, with the analyzer inlined into it, hit uncommon traps and was thrown out twice in one
   * measured phase as the kinds took turns, seen with -XX:+PrintCompilation; with a loop each, it
   * was not.)
   */
  @FunctionalInterface
  private interface Client {
    void drive(int client, Latencies latencies, AtomicBoolean stop, AtomicLong failures);
  }

  private Result run(Duration duration, Client body) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong failures = new AtomicLong();
    List<Latencies> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Latencies mine = new Latencies();
      latencies.add(mine);
      int client = c;
      threads.add(
          Thread.ofPlatform()
              .name("load-" + c)
              .unstarted(() -> body.drive(client, mine, stop, failures)));
    }
    long began = System.nanoTime();
    threads.forEach(Thread::start);
    Thread.sleep(duration);
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    long[] sorted = Latencies.merged(latencies);
    return Result.of(sorted.length, failures.get(), seconds, sorted);
  }

  private static void stopped(int client, Exception e, AtomicLong failures) {
    failures.incrementAndGet();
    System.err.println("load client " + client + " stopped: " + e);
  }
}
