package io.rolelens.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.server.ServerApp;
import io.rolelens.server.ServerSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON-LD case once in Debian's firefox-esr: loads the extension as a temporary add-on through
 * puppeteer-core (scripts/firefox-jsonld.mjs) and checks the highlight's tooltip. Skips, saying
 * why, when firefox-esr, node or extension/node_modules (npm ci) is missing.
 */
class FirefoxJsonLdTest {
  static final Path FIREFOX = Path.of("/usr/bin/firefox-esr");

  @Test
  void highlightsAndExplainsTheJsonLdPostingInFirefox(@TempDir Path temp) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(FIREFOX), "skipped: no Firefox at /usr/bin/firefox-esr (apt-get install firefox-esr)");
    Path webext = Path.of(System.getProperty("rolelens.webext", "webext")).toAbsolutePath();
    Path module = webext.getParent();
    assumeTrue(Files.isDirectory(module.resolve("node_modules/puppeteer-core")), "skipped: run 'npm ci' in extension/ to install puppeteer-core");

    Javalin server = ServerApp.create(RoleAnalyzer.builder().build(), ServerSettings.builder().host("127.0.0.1").port(0).build()).start();
    try (FixtureServer fixtures = new FixtureServer(temp).page("/careers/product-owner-ticketing", "jsonld-only.html")) {
      Path build = ExtensionBrowser.testBuild(temp.resolve("webext"));
      // BiDi cannot open the options page (moz-extension://), so this build defaults to the test server.
      Path settings = build.resolve("shared/settings.js");
      String defaults = Files.readString(settings, StandardCharsets.UTF_8);
      String patched = defaults.replace("serverUrl: 'http://127.0.0.1:7070'", "serverUrl: 'http://127.0.0.1:" + server.port() + "'");
      assertThat(patched).as("settings.js default server URL").isNotEqualTo(defaults);
      Files.writeString(settings, patched, StandardCharsets.UTF_8);
      Path home = Files.createDirectories(temp.resolve("home"));
      // Output to a file, not a pipe: reading a pipe to its end would wait out a stuck Firefox
      // however long it hangs, and waitFor's limit would never apply.
      Path log = Files.createDirectories(module.resolve("target")).resolve("firefox-jsonld.log");
      ProcessBuilder node =
          new ProcessBuilder(System.getProperty("rolelens.node", "node"), "scripts/firefox-jsonld.mjs")
              .directory(module.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      node.environment().put("HOME", home.toString());
      node.environment().put("WEBEXT", build.toAbsolutePath().toString());
      node.environment().put("FIXTURE_URL", "https://jobs.example.test:" + fixtures.port() + "/careers/product-owner-ticketing");
      node.environment().put("SCREENSHOT", module.resolve("target/screenshots/firefox-jsonld.png").toString());
      long started = System.nanoTime();
      Process process = node.start();
      boolean finished = process.waitFor(180, TimeUnit.SECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      System.out.printf("extension e2e (Firefox, JSON-LD): %.1f s%n%s", (System.nanoTime() - started) / 1e9, output);
      assertThat(finished).as("node finished within 180 s; its output:%n%s", output).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("highlighted and explained \"Own the product backlog\"");
    } finally {
      server.stop();
    }
  }
}
