package io.rolelens.cli;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.cli.load.CpuMeter;
import io.rolelens.cli.load.LoadTest;
import io.rolelens.cli.load.Postings;
import io.rolelens.cli.load.Postings.Posting;
import io.rolelens.cli.load.ServerProcess;
import io.rolelens.cli.load.TurnSetting;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    List<String> jvm = ServerProcess.jvmOptions(serverJvmOptions);
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
      List<byte[]> bodies = Postings.requestBodies(sample);
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
      TurnSetting directSetting =
          new TurnSetting(
              d -> perCpu.inProcess(analyzer, sample, d), warmUpRound(), LEAD_IN, directCpu);
      TurnSetting crowdedSetting =
          new TurnSetting(
              d -> load.inProcess(analyzer, sample, d), warmUpRound(), LEAD_IN, crowdedCpu);
      TurnSetting httpSetting =
          new TurnSetting(
              d -> load.overHttp(server.port(), bodies, d),
              warmUpRound(),
              LEAD_IN,
              clientCpu,
              serverCpu);
      List<TurnSetting> settings = List.of(directSetting, crowdedSetting, httpSetting);
      // First one unmeasured round of all three: right after the HTTP warm-up this JVM's JIT
      // recompiled some 600 methods over about 15 s (seen with -XX:+PrintCompilation), which fell
      // on the first measured slices, always one thread per CPU first.
      for (TurnSetting setting : settings) {
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
      return new LoadTestReport(cpus, clients, SLICES, slice, warmUpRound(), LEAD_IN)
          .write(
              out,
              directSetting,
              crowdedSetting,
              httpSetting,
              new LoadTestReport.Meters(directCpu, crowdedCpu, serverCpu, clientCpu),
              server.residentMegabytes(),
              server.pid());
    }
  }

  /** One warm-up round: {@link #WARMUP_ROUND}, or the whole warm-up when that is shorter. */
  private Duration warmUpRound() {
    return WARMUP_ROUND.compareTo(warmup) < 0 ? WARMUP_ROUND : warmup;
  }

  private void warmUp(PrintWriter out, String what, LoadTest.Phase phase)
      throws InterruptedException {
    Duration minimum = WARMUP_MINIMUM.compareTo(warmup) < 0 ? WARMUP_MINIMUM : warmup;
    List<Double> rates = LoadTest.warmUp(phase, warmUpRound(), minimum, warmup, 0.05);
    out.printf(
        Locale.ROOT,
        "%s warm-up: %d rounds, %s /s%n",
        what,
        rates.size(),
        LoadTestReport.joined(rates, "%,.0f"));
    out.flush();
  }
}
