package io.rolelens.cli;

import io.rolelens.cli.load.CpuMeter;
import io.rolelens.cli.load.LoadTest;
import io.rolelens.cli.load.RoundRatios;
import io.rolelens.cli.load.TurnSetting;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code loadtest} prints once the settings have taken their turns: each setting's throughput,
 * latency and CPU per request, the ratios overall and round by round, the server's resident memory
 * and the targets met or missed.
 *
 * @param cpus one in-process setting's threads, one per CPU
 * @param clients the other in-process setting's threads and the HTTP clients
 * @param slices measured slices per setting
 * @param slice one slice's length
 * @param settleRound the unmeasured round each setting ran first
 * @param leadIn the unmeasured run before each slice
 */
record LoadTestReport(
    int cpus, int clients, int slices, Duration slice, Duration settleRound, Duration leadIn) {
  /** The target: HTTP throughput at least this share of the in-process throughput. */
  private static final double RATIO_TARGET = 0.70;

  /** The CPU meters of the in-process settings, the server and the load generator. */
  record Meters(CpuMeter direct, CpuMeter crowded, CpuMeter server, CpuMeter client) {}

  /** Prints the results; returns the exit code, 1 when any request failed. */
  int write(
      PrintWriter out,
      TurnSetting directSetting,
      TurnSetting crowdedSetting,
      TurnSetting httpSetting,
      Meters meters,
      double rss,
      long pid) {
    LoadTest.Result direct = directSetting.total();
    LoadTest.Result crowded = crowdedSetting.total();
    LoadTest.Result http = httpSetting.total();
    double directMillis = meters.direct().millisPer(direct.requests());
    double serverMillis = meters.server().millisPer(http.requests());
    double clientMillis = meters.client().millisPer(http.requests());
    out.printf(
        Locale.ROOT,
        "measured after one unmeasured round of %s each, in %d slices of %s each per setting,"
            + " taking turns, each after %s unmeasured:%n",
        settleRound,
        slices,
        slice,
        leadIn);
    print(out, "in-process, " + cpus + " threads", direct, directMillis);
    print(
        out,
        "in-process, " + clients + " threads",
        crowded,
        meters.crowded().millisPer(crowded.requests()));
    print(out, "HTTP POST /api/v1/analyze", http, serverMillis);
    out.printf(
        Locale.ROOT,
        "CPU per HTTP request: server %.3f ms, load generator %.3f ms; in-process analysis %.3f"
            + " ms (CPU ratio in-process / server+generator: %.2f)%n",
        serverMillis,
        clientMillis,
        directMillis,
        directMillis / (serverMillis + clientMillis));
    double best = Math.max(direct.throughput(), crowded.throughput());
    double ratio = http.throughput() / best;
    out.printf(
        Locale.ROOT,
        "throughput ratio HTTP / best in-process: %.2f (HTTP / in-process with %d threads: %.2f;"
            + " with %d: %.2f)%n",
        ratio,
        cpus,
        http.throughput() / direct.throughput(),
        clients,
        http.throughput() / crowded.throughput());
    RoundRatios rounds =
        RoundRatios.of(httpSetting.slices(), directSetting.slices(), crowdedSetting.slices());
    out.printf(
        Locale.ROOT,
        "per round, HTTP / faster in-process in the same round: %s (median %.2f; %d of %d rounds"
            + " at %.2f or more)%n",
        joined(rounds.ratios(), "%.2f"),
        rounds.median(),
        rounds.atLeast(RATIO_TARGET),
        rounds.ratios().size(),
        RATIO_TARGET);
    out.printf(
        Locale.ROOT,
        "server resident memory: %.0f MB (VmRSS of server pid %d from /proc, after the run)%n",
        rss,
        pid);
    out.printf(
        Locale.ROOT,
        "targets: p99 < 25 ms %s, ratio >= %.2f %s, RSS < 512 MB %s%n",
        mark(http.p99Millis() < 25),
        RATIO_TARGET,
        mark(ratio >= RATIO_TARGET),
        mark(rss >= 0 && rss < 512));
    long unmeasuredFailures =
        Stream.of(directSetting, crowdedSetting, httpSetting)
            .mapToLong(TurnSetting::unmeasuredFailures)
            .sum();
    if (unmeasuredFailures > 0) {
      out.printf(Locale.ROOT, "failures in the unmeasured runs: %d%n", unmeasuredFailures);
    }
    out.flush();
    return http.failures() == 0 && unmeasuredFailures == 0 ? 0 : 1;
  }

  /** The numbers, each in {@code format}, separated by commas. */
  static String joined(List<Double> numbers, String format) {
    StringBuilder line = new StringBuilder();
    for (double n : numbers) {
      line.append(line.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, format, n));
    }
    return line.toString();
  }

  private static void print(PrintWriter out, String what, LoadTest.Result r, double cpuMillis) {
    out.printf(
        Locale.ROOT,
        "%-30s %,9d requests in %.1f s = %,8.0f /s; p50 %.2f ms, p99 %.2f ms, max %.1f ms; CPU %.3f"
            + " ms/request; failures %d%n",
        what,
        r.requests(),
        r.seconds(),
        r.throughput(),
        r.p50Millis(),
        r.p99Millis(),
        r.maxMillis(),
        cpuMillis,
        r.failures());
    out.flush();
  }

  private static String mark(boolean met) {
    return met ? "met" : "MISSED";
  }
}
