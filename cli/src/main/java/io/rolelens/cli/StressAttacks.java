package io.rolelens.cli;

import io.rolelens.analyzer.nlp.AmbiguousVerbs;
import io.rolelens.cli.load.Flood;
import io.rolelens.cli.load.Latencies;
import io.rolelens.cli.load.OrdinaryLoad;
import io.rolelens.cli.load.Postings;
import io.rolelens.cli.load.Prober;
import io.rolelens.cli.load.ServerProcess;
import io.rolelens.cli.load.StressPostings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The attacks {@code stress} makes on a server started on loopback, each printing its figures
 * against the hardening targets and noting every target missed: a flood of held 1 MB bodies, big
 * postings, and pathological postings. Not thread-safe: one run at a time.
 */
final class StressAttacks {
  private static final int MEGABYTE = 1024 * 1024;

  private final PrintWriter out;
  private final int connections;
  private final int big;
  private final int rounds;
  private final int clients;
  private final List<String> missed = new ArrayList<>();

  StressAttacks(PrintWriter out, int connections, int big, int rounds, int clients) {
    this.out = out;
    this.connections = connections;
    this.big = big;
    this.rounds = rounds;
    this.clients = clients;
  }

  /** The targets missed so far, in the order they were checked. */
  List<String> missed() {
    return List.copyOf(missed);
  }

  /**
   * Connections that declare 1 MB bodies, send nearly all of them and hold; ordinary load
   * meanwhile.
   */
  void flood(ServerProcess server) throws Exception {
    Prober prober = Prober.start(server.port());
    Flood flood = Flood.start(server.port(), connections, MEGABYTE, MEGABYTE - 20_000);
    AtomicBoolean done = new AtomicBoolean();
    Thread waiter =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    flood.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  done.set(true);
                });
    OrdinaryLoad.Result ordinary =
        new OrdinaryLoad(clients).run(server.port(), done, i -> StressPostings.ordinary(i));
    waiter.join();
    prober.stop();
    long[] all = prober.sorted();
    long[] health = prober.sortedFrom(flood.allSent());
    out.printf(
        Locale.ROOT,
        "flood: %d connections each sending %d bytes of a declared 1 MB body, then nothing; their"
            + " answers %s%n",
        connections,
        MEGABYTE - 20_000,
        flood.statuses());
    out.println(
        "  /health while the bodies pour in and are held: "
            + probes(all)
            + ", "
            + prober.failures()
            + " failed");
    out.println(
        "  /health once all are sent and held: " + probes(health) + " (target: max < 100 ms)");
    out.printf(
        Locale.ROOT,
        "  ordinary analyses meanwhile: %d, statuses %s, p50 %.1f ms, p99 %.1f ms (target: p99 < 50"
            + " ms, all 200)%n",
        ordinary.latencies().length,
        ordinary.statuses(),
        Latencies.percentileMillis(ordinary.latencies(), 0.5),
        Latencies.percentileMillis(ordinary.latencies(), 0.99));
    out.printf(Locale.ROOT, "  server VmRSS %.0f MB%n", server.residentMegabytes());
    out.flush();
    checkHealth(health, prober, "flood");
    check(
        Latencies.percentileMillis(ordinary.latencies(), 0.99) < 50
            && ordinary.statuses().keySet().equals(Set.of(200)),
        "flood: ordinary p99 under 50 ms, all 200");
    check(!flood.statuses().containsKey(-1), "flood: every holder answered");
  }

  /** Distinct 1 MB mention-heavy postings from several clients at once. */
  void bigPostings(ServerProcess server) throws Exception {
    AtomicInteger next = new AtomicInteger();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    double[] rss = {0};
    AtomicBoolean done = new AtomicBoolean();
    Thread sampler =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!done.get()) {
                    rss[0] = Math.max(rss[0], server.residentMegabytes());
                    OrdinaryLoad.pause(100);
                  }
                });
    long began = System.nanoTime();
    List<Thread> senders = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      senders.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int i = next.getAndIncrement(); i < big; i = next.getAndIncrement()) {
                      byte[] body =
                          Postings.requestBody(
                              "Product Manager", StressPostings.mentionHeavy(990_000, i));
                      statuses
                          .computeIfAbsent(
                              OrdinaryLoad.send(server.port(), body), k -> new AtomicInteger())
                          .incrementAndGet();
                    }
                  }));
    }
    for (Thread t : senders) {
      t.join();
    }
    done.set(true);
    sampler.join();
    Map<Integer, Integer> counts = OrdinaryLoad.counts(statuses);
    out.printf(
        Locale.ROOT,
        "big: %d distinct 1 MB mention-heavy postings from %d clients in %.1f s: statuses %s, peak"
            + " VmRSS %.0f MB (target: no 5xx, < 512 MB)%n",
        big,
        clients,
        (System.nanoTime() - began) / 1e9,
        counts,
        rss[0]);
    out.flush();
    check(
        counts.keySet().stream().allMatch(s -> s > 0 && s < 500) && rss[0] < 512,
        "big: no 5xx and VmRSS under 512 MB");
  }

  /** Part-of-speech-heavy postings of nearly 1 MB, two at a time, while /health is probed. */
  void pathological(ServerProcess server) throws Exception {
    Prober prober = Prober.start(server.port());
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicLong slowest = new AtomicLong();
    for (int round = 0; round < rounds; round++) {
      List<Thread> two = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        byte[] body =
            Postings.requestBody("Product Manager", AmbiguousVerbs.text(990_000, round * 2 + k));
        two.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      long began = System.nanoTime();
                      statuses
                          .computeIfAbsent(
                              OrdinaryLoad.send(server.port(), body), s -> new AtomicInteger())
                          .incrementAndGet();
                      slowest.accumulateAndGet((System.nanoTime() - began) / 1_000_000, Math::max);
                    }));
      }
      for (Thread t : two) {
        t.join();
      }
    }
    prober.stop();
    long[] health = prober.sorted();
    Map<Integer, Integer> counts = OrdinaryLoad.counts(statuses);
    out.printf(
        Locale.ROOT,
        "pathological: %d rounds of two 990 KB part-of-speech-heavy postings at once: statuses %s,"
            + " slowest answer %d ms%n",
        rounds,
        counts,
        slowest.get());
    out.println("  /health meanwhile: " + probes(health) + " (target: max < 100 ms)");
    out.flush();
    checkHealth(health, prober, "pathological");
    check(
        counts.keySet().stream().allMatch(s -> s == 200 || s == 422),
        "pathological: every answer 200 or 422");
  }

  /** Probe latencies as a reader wants them: count, p50, p99 and max. */
  private static String probes(long[] sorted) {
    return String.format(
        Locale.ROOT,
        "%d probes, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
        sorted.length,
        Latencies.percentileMillis(sorted, 0.5),
        Latencies.percentileMillis(sorted, 0.99),
        Latencies.percentileMillis(sorted, 1));
  }

  /** The probe target: every probe answered, the slowest under 100 ms. */
  private void checkHealth(long[] sorted, Prober prober, String scenario) {
    check(
        Latencies.percentileMillis(sorted, 1) < 100 && prober.failures() == 0,
        scenario + ": /health max under 100 ms");
  }

  private void check(boolean met, String target) {
    if (!met) {
      missed.add(target);
    }
  }
}
