package io.rolelens.cli.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.server.ServerApp;
import io.rolelens.server.ServerSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The load generator's raw HTTP client really talks to the server: a one-second run, no failures.
 */
class LoadTestSmokeTest {

  @Test
  void drivesAStartedServerOverKeepAliveConnectionsWithoutFailures() {
    RoleAnalyzer analyzer = RoleAnalyzer.builder().build();
    byte[] body =
        "{\"title\":\"Product Manager\",\"text\":\"Own the product backlog and write user stories.\"}"
            .getBytes(StandardCharsets.UTF_8);
    JavalinTest.test(
        ServerApp.create(analyzer, ServerSettings.builder().port(0).build()),
        (server, client) -> {
          LoadTest.Result result =
              new LoadTest(4).overHttp(server.port(), List.of(body), Duration.ofMillis(800));
          assertThat(result.failures()).isZero();
          // Any count proves the client and server talk; how many fit in 800 ms depends on the
          // machine's load.
          assertThat(result.requests()).isPositive();
          assertThat(result.p99Millis()).isGreaterThanOrEqualTo(result.p50Millis());
        });
  }

  @Test
  void readsItsOwnResidentMemoryFromProc() {
    double rss = ServerProcess.residentMegabytes(ProcessHandle.current().pid());
    assertThat(rss == -1 || rss > 10).isTrue();
  }
}
