package io.rolelens.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.server.ServerApp;
import io.rolelens.server.ServerSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core browser cases in Debian's firefox-esr, as in Chromium: a JSON-LD page, an adapter page
 * (Greenhouse), a single-page board followed through clicks and history (LinkedIn), and a server
 * that is down. Loads the extension as a temporary add-on through puppeteer-core
 * (scripts/firefox-core.mjs) and checks each highlight by its tooltip. Skips, saying why, when
 * firefox-esr, node or extension/node_modules (npm ci) is missing.
 */
class FirefoxCoreTest {
  static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");
  static final String DEFAULT_SERVER = "serverUrl: 'http://127.0.0.1:7070'";

  @Test
  void highlightsJsonLdAdapterAndSinglePagePostingsAndLeavesThePageAloneWhenTheServerIsDown(
      @TempDir Path temp) throws IOException, InterruptedException {
    skipUnless(
        Files.isExecutable(FIREFOX),
        "skipped: no Firefox at /usr/bin/firefox-esr (apt-get install firefox-esr)");
    Path webext = Path.of(System.getProperty("rolelens.webext", "webext")).toAbsolutePath();
    Path module = webext.getParent();
    skipUnless(
        Files.isDirectory(module.resolve("node_modules/puppeteer-core")),
        "skipped: run 'npm ci' in extension/ to install puppeteer-core");

    Javalin server =
        ServerApp.create(
                RoleAnalyzer.builder().build(),
                ServerSettings.builder().host("127.0.0.1").port(0).build())
            .start();
    // A server that is down: it drops every connection at once, and counts them, which shows the
    // add-on did run and try it (a page left untouched alone would pass with no add-on at all).
    try (DroppingServer dropping = new DroppingServer();
        FixtureServer fixtures =
            new FixtureServer(temp)
                .page("/careers/product-owner-ticketing", "jsonld-only.html")
                .page("/quillfeather/jobs/4410", "greenhouse.html")
                .page("/jobs/search/", "linkedin-search.html")) {
      // BiDi cannot open the options page (moz-extension://), so each build defaults to its server.
      Path live = build(temp.resolve("webext"), "http://127.0.0.1:" + server.port());
      Path down = build(temp.resolve("webext-down"), "http://127.0.0.1:" + dropping.port());
      Path home = Files.createDirectories(temp.resolve("home"));
      // Output to a file, not a pipe: reading a pipe to its end would wait out a stuck Firefox
      // however long it hangs, and waitFor's limit would never apply.
      Path log = Files.createDirectories(module.resolve("target")).resolve("firefox-core.log");
      ProcessBuilder node =
          new ProcessBuilder(
                  System.getProperty("rolelens.node", "node"), "scripts/firefox-core.mjs")
              .directory(module.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      String origin = ":" + fixtures.port();
      node.environment().put("HOME", home.toString());
      node.environment().put("WEBEXT", live.toString());
      node.environment().put("WEBEXT_DOWN", down.toString());
      node.environment()
          .put(
              "JSONLD_URL",
              "https://jobs.example.test" + origin + "/careers/product-owner-ticketing");
      node.environment()
          .put(
              "ADAPTER_URL",
              "https://job-boards.greenhouse.io" + origin + "/quillfeather/jobs/4410");
      node.environment().put("SPA_URL", "https://www.linkedin.com" + origin + "/jobs/search/");
      node.environment().put("SCREENSHOTS", module.resolve("target/screenshots").toString());
      long started = System.nanoTime();
      Process process = node.start();
      boolean finished = process.waitFor(240, TimeUnit.SECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      System.out.printf(
          "extension e2e (Firefox, core cases): %.1f s%n%s",
          (System.nanoTime() - started) / 1e9, output);
      assertThat(finished).as("node finished within 240 s; its output:%n%s", output).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output)
          .contains("ok jsonld: highlighted and explained \"Own the product backlog\"")
          .contains("ok adapter: ")
          .contains("ok spa: ")
          .contains("ok serverDown: ");
      assertThat(dropping.connections())
          .as("connections the add-on made to the server that is down")
          .isPositive();
    } finally {
      server.stop();
    }
  }

  /** Accepts each connection on a loopback port and closes it at once, counting them. */
  private static final class DroppingServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final AtomicInteger connections = new AtomicInteger();

    DroppingServer() throws IOException {
      Thread.ofPlatform()
          .daemon()
          .name("dropping-server")
          .start(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket dropped = socket.accept()) {
                    connections.incrementAndGet();
                  } catch (IOException e) {
                    // Closed: the test is over.
                  }
                }
              });
    }

    int port() {
      return socket.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /** Skips the test unless {@code holds}, saying why in Maven's log too (it shows only a count). */
  private static void skipUnless(boolean holds, String why) {
    if (!holds) {
      System.out.println(why);
    }
    assumeTrue(holds, why);
  }

  /** A test build of the add-on whose default server is {@code serverUrl}. */
  private static Path build(Path target, String serverUrl) throws IOException {
    Path build = ExtensionBrowser.testBuild(target);
    Path settings = build.resolve("shared/settings.js");
    String defaults = Files.readString(settings, StandardCharsets.UTF_8);
    String patched = defaults.replace(DEFAULT_SERVER, "serverUrl: '" + serverUrl + "'");
    assertThat(patched).as("settings.js default server URL").isNotEqualTo(defaults);
    Files.writeString(settings, patched, StandardCharsets.UTF_8);
    return build.toAbsolutePath();
  }
}
