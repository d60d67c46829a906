package io.rolelens.cli;

import io.javalin.Javalin;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.server.InsecureBindException;
import io.rolelens.server.ServerApp;
import io.rolelens.server.ServerSettings;
import io.rolelens.server.market.MarketIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rolelens serve}: starts the highlight server and runs until stopped (Ctrl-C). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the RoleLens highlight server: the page at / and the API under /api/v1.",
      "Binding to anything but loopback needs a token (--token or ROLELENS_TOKEN)."
    })
public final class ServeCommand implements Callable<Integer> {
  /**
   * The JVM options the {@code rolelens} launcher gives the server unless ROLELENS_JAVA_OPTS is
   * set: a small heap and the serial collector keep resident memory near 300 MB on a 2-core
   * machine, where the default collector grows the heap past 500 MB under load. Half the heap is
   * young, with large survivor spaces, so the working data of an analysis of a megabyte of text
   * dies young instead of filling the old generation: with the default sizes, two such analyses at
   * a time forced a full collection (110–180 ms, every thread stopped) every half second.
   */
  public static final String JVM_OPTIONS = "-XX:+UseSerialGC -Xmx256m -Xmn128m -XX:SurvivorRatio=3";

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7070",
      description = "Port to bind; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:ROLELENS_TOKEN}",
      description =
          "Bearer token every API call must carry (default: the ROLELENS_TOKEN environment"
              + " variable).")
  String token;

  @Option(
      names = "--cache-size",
      paramLabel = "N",
      defaultValue = "1024",
      description =
          "Most analyses kept in the cache, and with --index the similar postings of as many"
              + " bodies; 0 turns both off (default: ${DEFAULT-VALUE}).")
  int cacheSize;

  @Option(
      names = "--cache-bytes",
      paramLabel = "N",
      defaultValue = "16777216",
      description =
          "Most memory, by estimate, that cached analyses may hold (default: ${DEFAULT-VALUE}).")
  long cacheBytes;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      defaultValue = "1048576",
      description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(
      names = "--max-inflight-bytes",
      paramLabel = "N",
      defaultValue = "67108864",
      description =
          "Most request-body bytes held at once, read, queued or being analysed; more get 503 with"
              + " Retry-After. A quarter is kept for bodies of 64 KB or less (default:"
              + " ${DEFAULT-VALUE}).")
  long maxInflightBytes;

  @Option(
      names = "--max-inflight-bytes-per-client",
      paramLabel = "N",
      defaultValue = "16777216",
      description =
          "Most bytes of bodies over 64 KB one client address may have in flight (default:"
              + " ${DEFAULT-VALUE}).")
  long maxInflightBytesPerClient;

  @Option(
      names = "--body-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "Seconds a request body may take to arrive in full; slower ones get 408 (default:"
              + " ${DEFAULT-VALUE}).")
  double bodyTimeoutSeconds;

  @Option(
      names = "--analysis-timeout",
      paramLabel = "MS",
      defaultValue = "500",
      description =
          "Milliseconds one analysis may run before it stops with 422 analysis_timeout; 0 for no"
              + " limit (default: ${DEFAULT-VALUE}; ordinary postings take under 1 ms).")
  long analysisTimeoutMillis;

  @Option(
      names = "--max-mentions",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Most mentions listed in one answer; the answer says when there were more (default:"
              + " ${DEFAULT-VALUE}).")
  int maxMentions;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that analyse and answer requests, taking them in order (default: one per CPU).")
  Integer threads;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      description =
          "Also answer requests whose Host is NAME (repeatable). Always answered: localhost, the"
              + " bound host and IP addresses; other names get 421, which stops web pages that"
              + " point their own names at this machine (DNS rebinding).")
  List<String> allowedHosts = List.of();

  @Option(
      names = "--extension-origin",
      paramLabel = "ORIGIN",
      description =
          "Allow only this extension origin, e.g. chrome-extension://<id> (repeatable; default: any"
              + " extension).")
  List<String> extensionOrigins = List.of();

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "A posting index from 'rolelens index': each analysis then carries its market, how"
              + " postings with the same title role read that quarter (default: none).")
  Path index;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long began = System.nanoTime();
    ServerSettings settings;
    Javalin app;
    MarketIndex market;
    try {
      ServerSettings.Builder builder =
          ServerSettings.builder()
              .host(host)
              .port(port)
              .token(token)
              .cacheSize(cacheSize)
              .cacheBytes(cacheBytes)
              .maxBodyBytes(maxBodyBytes)
              .maxInflightBytes(maxInflightBytes)
              .maxInflightBytesPerClient(maxInflightBytesPerClient)
              .bodyTimeout(seconds(bodyTimeoutSeconds, "--body-timeout"))
              .maxMentions(maxMentions)
              .allowedHosts(allowedHosts)
              .extensionOrigins(extensionOrigins);
      if (threads != null) {
        builder.threads(threads);
      }
      settings = builder.build();
      if (analysisTimeoutMillis < 0) {
        throw new IllegalArgumentException(
            "--analysis-timeout must be 0 (no limit) or more milliseconds, was "
                + analysisTimeoutMillis);
      }
      RoleAnalyzer analyzer =
          RoleAnalyzer.builder().timeBudget(Duration.ofMillis(analysisTimeoutMillis)).build();
      market = index == null ? null : MarketIndex.open(index, cacheSize);
      app = ServerApp.create(analyzer, settings, market);
    } catch (InsecureBindException | IllegalArgumentException e) {
      err.println("rolelens serve: " + asOptions(e.getMessage()));
      err.flush();
      return 2;
    } catch (IOException e) {
      err.println("rolelens serve: --index: " + e.getMessage());
      err.flush();
      return 1;
    }
    app.start();
    MarketIndex opened = market;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  closeQuietly(opened);
                  stopped.countDown();
                }));
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    out.printf(
        Locale.ROOT,
        "RoleLens is ready at http://%s:%d/ (started in %.1f s)%n",
        shownHost,
        app.port(),
        (System.nanoTime() - began) / 1e9);
    out.println(
        "API: http://"
            + shownHost
            + ":"
            + app.port()
            + ServerApp.API
            + " ("
            + (settings.requiresToken() ? "bearer token required" : "no token; loopback only")
            + ")");
    Path extension = RepoHome.find().resolve("extension").resolve("webext");
    out.println(
        market == null
            ? "Market context: none (start with --index DIR, an index from rolelens index)"
            : String.format(
                Locale.ROOT,
                "Market context: %d postings from %s (latest quarter %s)",
                market.postings(),
                market.path(),
                market.latestQuarter() == null ? "none" : market.latestQuarter()));
    out.println(
        "Browser extension (load unpacked): "
            + extension
            + (Files.isDirectory(extension) ? "" : " (not found)"));
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return 0;
  }

  private static void closeQuietly(MarketIndex market) {
    if (market == null) {
      return;
    }
    try {
      market.close();
    } catch (IOException e) {
      // stopping anyway
    }
  }

  /** The settings' names for their values, as the options a user of this command typed. */
  private static final String[][] OPTION_NAMES = {
    {"maxInflightBytesPerClient", "--max-inflight-bytes-per-client"},
    {"maxInflightBytes", "--max-inflight-bytes"},
    {"maxBodyBytes", "--max-body-bytes"},
    {"cacheBytes", "--cache-bytes"},
    {"cacheSize", "--cache-size"},
    {"maxMentions", "--max-mentions"},
    {"threads must", "--threads must"},
    {"bodyTimeout", "--body-timeout"},
  };

  private static String asOptions(String message) {
    String text = message;
    for (String[] name : OPTION_NAMES) {
      text = text.replace(name[0], name[1]);
    }
    return text;
  }

  private static Duration seconds(double seconds, String option) {
    if (!(seconds > 0) || seconds > 3600) {
      throw new IllegalArgumentException(
          option + " must be more than 0 and at most 3600 seconds, was " + seconds);
    }
    return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
  }

  /**
   * Runs the server without the rest of the command line, e.g. as a child process of the load test.
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new CommandLine(new ServeCommand()).setOut(out).setErr(err).execute(args));
  }
}
