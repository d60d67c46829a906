package io.rolelens.cli.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The server under load, run as a child JVM on loopback so its resident memory can be read on its
 * own from {@code /proc/<pid>/status}. Not thread-safe.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * The JVM options typed as one space-separated string ({@code --server-jvm-options}), one per
   * element; none for a blank string.
   */
  public static List<String> jvmOptions(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Starts {@code rolelens serve} on a free loopback port with the same Java and class path, and
   * waits until ready.
   */
  public static ServerProcess start(
      List<String> jvmOptions, List<String> serveOptions, Duration readyWithin)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            io.rolelens.cli.ServeCommand.class.getName(),
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port)));
    command.addAll(serveOptions);
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    ServerProcess server = new ServerProcess(process, port);
    server.awaitReady(readyWithin);
    return server;
  }

  public int port() {
    return port;
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  public long pid() {
    return process.pid();
  }

  /**
   * The child's resident set size in MB from {@code /proc/<pid>/status} (VmRSS), or -1 when
   * unreadable.
   */
  public double residentMegabytes() {
    return residentMegabytes(process.pid());
  }

  /** VmRSS of a process in MB, or -1 when {@code /proc} cannot tell (not Linux). */
  public static double residentMegabytes(long pid) {
    try {
      for (String line :
          Files.readAllLines(
              Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process is gone
    }
    return -1;
  }

  private void awaitReady(Duration within) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "the server exited with code " + process.exitValue() + " before it was ready");
      }
      try (RawHttpClient client = new RawHttpClient(port)) {
        if (client.send("GET", "/ready", null) == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    close();
    throw new IOException("the server was not ready within " + within.toSeconds() + " s");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
