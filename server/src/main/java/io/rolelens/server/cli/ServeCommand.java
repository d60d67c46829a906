package io.rolelens.server.cli;

import io.javalin.Javalin;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.server.InsecureBindException;
import io.rolelens.server.ServerApp;
import io.rolelens.server.ServerSettings;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
   * The JVM options the {@code rolelens} launcher gives the server unless ROLELENS_JAVA_OPTS is set:
   * a small heap and the serial collector keep resident memory near 300 MB on a 2-core machine,
   * where the default collector grows the heap past 500 MB under load.
   */
  public static final String JVM_OPTIONS = "-XX:+UseSerialGC -Xmx256m";

  @Spec CommandSpec spec;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port to bind; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:ROLELENS_TOKEN}",
      description = "Bearer token every API call must carry (default: the ROLELENS_TOKEN environment variable).")
  String token;

  @Option(names = "--cache-size", paramLabel = "N", defaultValue = "1024", description = "Analyses kept in the LRU cache; 0 turns it off (default: ${DEFAULT-VALUE}).")
  int cacheSize;

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576", description = "Largest request body; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads that read, analyse and answer requests, taking them in order (default: one per CPU).")
  Integer threads;

  @Option(
      names = "--extension-origin",
      paramLabel = "ORIGIN",
      description = "Allow only this extension origin, e.g. chrome-extension://<id> (repeatable; default: any extension).")
  List<String> extensionOrigins = List.of();

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long began = System.nanoTime();
    ServerSettings settings;
    Javalin app;
    try {
      ServerSettings.Builder builder =
          ServerSettings.builder()
              .host(host)
              .port(port)
              .token(token)
              .cacheSize(cacheSize)
              .maxBodyBytes(maxBodyBytes)
              .extensionOrigins(extensionOrigins);
      if (threads != null) {
        builder.threads(threads);
      }
      settings = builder.build();
      app = ServerApp.create(RoleAnalyzer.builder().build(), settings);
    } catch (InsecureBindException | IllegalArgumentException e) {
      err.println("rolelens serve: " + e.getMessage());
      err.flush();
      return 2;
    }
    app.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  stopped.countDown();
                }));
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    out.printf(Locale.ROOT, "RoleLens is ready at http://%s:%d/ (started in %.1f s)%n", shownHost, app.port(), (System.nanoTime() - began) / 1e9);
    out.println("API: http://" + shownHost + ":" + app.port() + ServerApp.API + " (" + (settings.requiresToken() ? "bearer token required" : "no token; loopback only") + ")");
    Path extension = RepoHome.find().resolve("extension").resolve("webext");
    out.println("Browser extension (load unpacked): " + extension + (Files.isDirectory(extension) ? "" : " (not found)"));
    out.println("Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return 0;
  }

  /** Runs the server without the rest of the command line, e.g. as a child process of the load test. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(new CommandLine(new ServeCommand()).setOut(out).setErr(err).execute(args));
  }
}
