package io.rolelens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.cli.load.LoadTest;
import io.rolelens.cli.load.Postings;
import io.rolelens.cli.load.Postings.Posting;
import io.rolelens.cli.load.RoundRatios;
import io.rolelens.cli.load.ServerProcess;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rolelens loadtest}: replays real 4–5 KB postings straight at a {@link RoleAnalyzer} in
 * this process (with one thread per CPU, and with one thread per client) and over HTTP with N
 * concurrent clients at a server started as a child process on loopback, the three taking turns,
 * and reports throughput, p50/p99 latency, CPU per request, the ratios and the server's resident
 * memory.
 */
@Command(
    name = "loadtest",
    mixinStandardHelpOptions = true,
    description =
        "Measures the highlight server under load against the in-process analyzer (loopback only).")
public final class LoadTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--postings",
      paramLabel = "CSV",
      defaultValue = "../shared/data/role-postings-dev.csv",
      description = "Labelled postings CSV with title and description (default: ${DEFAULT-VALUE}).")
  Path postings;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "32",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--duration",
      paramLabel = "TIME",
      defaultValue = "30s",
      converter = DurationConverter.class,
      description =
          "How long each measured phase runs, e.g. 30s or 2m (default: ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(
      names = "--warmup",
      paramLabel = "TIME",
      defaultValue = "90s",
      converter = DurationConverter.class,
      description =
          "Longest unmeasured warm-up before the in-process and the HTTP measurements; after 30 s"
              + " it ends as soon as two 5-second rounds agree within 5%% (default:"
              + " ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(
      names = "--no-cache",
      description = "Turn the server's analysis cache off, so every request is analysed.")
  boolean noCache;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "The server's request threads, as serve --threads (default: serve's, one per CPU).")
  Integer threads;

  @Option(
      names = "--server-jvm-options",
      paramLabel = "OPTS",
      defaultValue = ServeCommand.JVM_OPTIONS,
      description =
          "JVM options for the server process, space-separated (default: the launcher's for serve,"
              + " ${DEFAULT-VALUE}).")
  String serverJvmOptions;

  /**
   * Failed requests in the unmeasured runs between the warm-ups and the slices: any fails the run.
   */
  private long unmeasuredFailures;

  /** Length of one warm-up round. */
  private static final Duration WARMUP_ROUND = Duration.ofSeconds(5);

  /**
   * The measured time is split into this many slices per setting, the settings taking turns; a
   * multiple of the three settings, so each takes each place in the order equally often.
   */
  private static final int SLICES = 6;

  /**
   * Unmeasured run of a setting before each of its slices, so a slice does not pay for the last
   * setting.
   */
  private static final Duration LEAD_IN = Duration.ofSeconds(1);

  /** Shortest warm-up: the server's JIT keeps compiling for about half a minute under load. */
  private static final Duration WARMUP_MINIMUM = Duration.ofSeconds(30);

  /** The target: HTTP throughput at least this share of the in-process throughput. */
  private static final double RATIO_TARGET = 0.70;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(postings)) {
      out.println(
          "loadtest skipped: no postings file at "
              + postings.toAbsolutePath()
              + " (pass --postings CSV)");
      return 0;
    }
    List<Posting> sample = Postings.read(postings, 4000, 5000);
    if (sample.isEmpty()) {
      out.println("loadtest skipped: " + postings + " holds no postings of 4,000–5,000 characters");
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%d postings of 4-5 KB from %s; %d clients; %s per phase after %s warm-up; cache %s; %d"
            + " CPUs%n",
        sample.size(),
        postings,
        clients,
        duration,
        warmup,
        noCache ? "off" : "on",
        Runtime.getRuntime().availableProcessors());
    out.flush();

    LoadTest load = new LoadTest(clients);
    RoleAnalyzer analyzer = RoleAnalyzer.builder().build();
    warmUp(out, "in-process", d -> load.inProcess(analyzer, sample, d));

    List<String> jvm =
        serverJvmOptions.isBlank()
            ? List.of()
            : Arrays.asList(serverJvmOptions.strip().split("\\s+"));
    List<String> serve = new ArrayList<>();
    if (noCache) {
      serve.addAll(List.of("--cache-size", "0"));
    }
    if (threads != null) {
      serve.addAll(List.of("--threads", threads.toString()));
    }
    out.println(
        "server: rolelens serve "
            + String.join(" ", serve)
            + " in a child JVM with "
            + (jvm.isEmpty() ? "default options" : String.join(" ", jvm)));
    try (ServerProcess server = ServerProcess.start(jvm, serve, Duration.ofSeconds(30))) {
      List<byte[]> bodies = bodies(sample);
      warmUp(out, "HTTP", d -> load.overHttp(server.port(), bodies, d));

      // HTTP is held against the faster in-process setting: one thread per CPU, or as many threads
      // as clients. All three are measured in slices that take turns, so that other work on a
      // shared machine weighs on each alike.
      int cpus = Runtime.getRuntime().availableProcessors();
      LoadTest perCpu = new LoadTest(cpus);
      CpuMeter directCpu = new CpuMeter(ProcessHandle.current());
      CpuMeter crowdedCpu = new CpuMeter(ProcessHandle.current());
      CpuMeter clientCpu = new CpuMeter(ProcessHandle.current());
      CpuMeter serverCpu = new CpuMeter(server.handle());
      Setting directSetting = new Setting(d -> perCpu.inProcess(analyzer, sample, d), directCpu);
      Setting crowdedSetting = new Setting(d -> load.inProcess(analyzer, sample, d), crowdedCpu);
      Setting httpSetting =
          new Setting(d -> load.overHttp(server.port(), bodies, d), clientCpu, serverCpu);
      List<Setting> settings = List.of(directSetting, crowdedSetting, httpSetting);
      // First one unmeasured round of all three: right after the HTTP warm-up this JVM's JIT
      // recompiled some 600 methods over about 15 s (seen with -XX:+PrintCompilation), which fell
      // on the first measured slices, always one thread per CPU first.
      for (Setting setting : settings) {
        setting.settle();
      }
      // Then each round starts one setting later, so each runs first, second and third equally
      // often, and each slice follows a second of its own setting, unmeasured, so that it does not
      // pay for the setting before it.
      Duration slice = duration.dividedBy(SLICES);
      for (int i = 0; i < SLICES; i++) {
        for (int k = 0; k < settings.size(); k++) {
          settings.get((i + k) % settings.size()).measure(slice);
        }
      }
      LoadTest.Result direct = directSetting.total();
      LoadTest.Result crowded = crowdedSetting.total();
      LoadTest.Result http = httpSetting.total();
      double directMillis = directCpu.millisPer(direct.requests());
      double serverMillis = serverCpu.millisPer(http.requests());
      double clientMillis = clientCpu.millisPer(http.requests());
      double rss = server.residentMegabytes();
      out.printf(
          Locale.ROOT,
          "measured after one unmeasured round of %s each, in %d slices of %s each per setting,"
              + " taking turns, each after %s unmeasured:%n",
          warmUpRound(),
          SLICES,
          slice,
          LEAD_IN);
      print(out, "in-process, " + cpus + " threads", direct, directMillis);
      print(
          out,
          "in-process, " + clients + " threads",
          crowded,
          crowdedCpu.millisPer(crowded.requests()));
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
          server.pid());
      out.printf(
          Locale.ROOT,
          "targets: p99 < 25 ms %s, ratio >= %.2f %s, RSS < 512 MB %s%n",
          mark(http.p99Millis() < 25),
          RATIO_TARGET,
          mark(ratio >= RATIO_TARGET),
          mark(rss >= 0 && rss < 512));
      if (unmeasuredFailures > 0) {
        out.printf(Locale.ROOT, "failures in the unmeasured runs: %d%n", unmeasuredFailures);
      }
      out.flush();
      return http.failures() == 0 && unmeasuredFailures == 0 ? 0 : 1;
    }
  }

  /** One warm-up round: {@link #WARMUP_ROUND}, or the whole warm-up when that is shorter. */
  private Duration warmUpRound() {
    return WARMUP_ROUND.compareTo(warmup) < 0 ? WARMUP_ROUND : warmup;
  }

  private static List<byte[]> bodies(List<Posting> postings) {
    ObjectMapper json = new ObjectMapper();
    List<byte[]> bodies = new ArrayList<>(postings.size());
    for (Posting p : postings) {
      bodies.add(
          json.createObjectNode()
              .put("title", p.title())
              .put("text", p.text())
              .toString()
              .getBytes(StandardCharsets.UTF_8));
    }
    return bodies;
  }

  private void warmUp(PrintWriter out, String what, LoadTest.Phase phase)
      throws InterruptedException {
    Duration minimum = WARMUP_MINIMUM.compareTo(warmup) < 0 ? WARMUP_MINIMUM : warmup;
    List<Double> rates = LoadTest.warmUp(phase, warmUpRound(), minimum, warmup, 0.05);
    out.printf(
        Locale.ROOT, "%s warm-up: %d rounds, %s /s%n", what, rates.size(), joined(rates, "%,.0f"));
    out.flush();
  }

  /** The numbers, each in {@code format}, separated by commas. */
  private static String joined(List<Double> numbers, String format) {
    StringBuilder line = new StringBuilder();
    for (double n : numbers) {
      line.append(line.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, format, n));
    }
    return line.toString();
  }

  /**
   * One of the three settings measured: its phase, the CPU meters that run while it is measured,
   * and its measured slices. Not thread-safe.
   */
  private final class Setting {
    private final LoadTest.Phase phase;
    private final CpuMeter[] meters;
    private final List<LoadTest.Result> slices = new ArrayList<>();

    Setting(LoadTest.Phase phase, CpuMeter... meters) {
      this.phase = phase;
      this.meters = meters;
    }

    /** One unmeasured warm-up round. */
    void settle() throws InterruptedException {
      unmeasuredFailures += phase.run(warmUpRound()).failures();
    }

    /** {@link #LEAD_IN} unmeasured, then one slice with the meters running. */
    void measure(Duration slice) throws InterruptedException {
      unmeasuredFailures += phase.run(LEAD_IN).failures();
      for (CpuMeter meter : meters) {
        meter.start();
      }
      slices.add(phase.run(slice));
      for (CpuMeter meter : meters) {
        meter.stop();
      }
    }

    /** The measured slices, in the order they ran. */
    List<LoadTest.Result> slices() {
      return List.copyOf(slices);
    }

    /** The measured slices taken as one. */
    LoadTest.Result total() {
      return LoadTest.Result.combine(slices);
    }
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

  /**
   * CPU time a process spends (all its threads, JIT and GC included) between {@link #start()} and
   * {@link #stop()}, summed over any number of such intervals. Not thread-safe.
   */
  private static final class CpuMeter {
    private final ProcessHandle process;
    private long total;
    private long started = -1;
    private boolean readable = true;

    CpuMeter(ProcessHandle process) {
      this.process = process;
    }

    void start() {
      started = nanos();
    }

    void stop() {
      long now = nanos();
      if (now < 0 || started < 0) {
        readable = false;
      } else {
        total += now - started;
      }
    }

    /**
     * Milliseconds of CPU per request over the measured intervals, or NaN when the OS cannot tell.
     */
    double millisPer(long requests) {
      return !readable || requests == 0 ? Double.NaN : total / 1e6 / requests;
    }

    private long nanos() {
      return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
  }

  /** Reads {@code 500ms}, {@code 30s}, {@code 2m}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      } else if (v.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      } else if (v.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      throw new IllegalArgumentException(
          "duration must look like 500ms, 30s or 2m, was '" + value + "'");
    }
  }
}
