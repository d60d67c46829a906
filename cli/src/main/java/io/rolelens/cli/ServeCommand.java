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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin ServeOptions options;

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
      settings = options.settings();
      RoleAnalyzer analyzer = RoleAnalyzer.builder().timeBudget(options.analysisTimeout()).build();
      market = options.index == null ? null : MarketIndex.open(options.index, options.cacheSize);
      app = ServerApp.create(analyzer, settings, market);
    } catch (InsecureBindException | IllegalArgumentException e) {
      err.println("rolelens serve: " + ServeOptions.asOptions(e.getMessage()));
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
    String shownHost = options.host.contains(":") ? "[" + options.host + "]" : options.host;
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

  /**
   * Runs the server without the rest of the command line, e.g. as a child process of the load test.
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new CommandLine(new ServeCommand()).setOut(out).setErr(err).execute(args));
  }
}
