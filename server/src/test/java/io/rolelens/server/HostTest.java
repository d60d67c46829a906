package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A web page that points its own name at this machine (DNS rebinding) cannot drive the server. */
class HostTest {
  static String analyze(String host, String origin) {
    String body = analyzeBody("Product Manager", PO_POSTING);
    return RawExchange.analyzeHead(
            host,
            body.getBytes(StandardCharsets.UTF_8).length,
            origin == null ? "" : "Origin: " + origin + "\r\n")
        + body;
  }

  @Test
  void refusesARequestForAnotherHostNameWith421EvenWhenItsOriginMatchesTheHost() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          RawExchange.Answer answer =
              RawExchange.send(
                  server.port(),
                  analyze("evil.example:" + server.port(), "http://evil.example:" + server.port()),
                  5000);
          assertThat(answer.status()).isEqualTo(421);
          assertThat(answer.body())
              .contains("\"code\":\"unknown_host\"")
              .contains("'evil.example:" + server.port() + "' is not one");
          assertThat(answer.head()).doesNotContainIgnoringCase("Access-Control-Allow-Origin");
          assertThat(answer.hasHeader("X-Content-Type-Options", "nosniff")).isTrue();
          assertThat(answer.hasHeader("Content-Type", "application/json")).isTrue();
          RawExchange.Answer health =
              RawExchange.send(
                  server.port(),
                  "GET /health HTTP/1.1\r\nHost: rebound.attacker.test\r\n\r\n",
                  5000);
          assertThat(health.status()).isEqualTo(421);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.0.0.1", "LOCALHOST.", "[::1]", "192.168.1.20"})
  void answersItsOwnNamesAndAnyAddress(String host) {
    JavalinTest.test(
        app(),
        (server, client) -> {
          RawExchange.Answer answer =
              RawExchange.send(server.port(), analyze(host + ":" + server.port(), null), 5000);
          assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        });
  }

  @Test
  void answersNamesGivenWithAllowedHostAndLetsTheirOwnPageCallTheApi() {
    JavalinTest.test(
        app(ServerSettings.builder().allowedHosts(List.of("rolelens.internal"))),
        (server, client) -> {
          String origin = "http://rolelens.internal:" + server.port();
          RawExchange.Answer answer =
              RawExchange.send(
                  server.port(), analyze("rolelens.internal:" + server.port(), origin), 5000);
          assertThat(answer.status()).isEqualTo(200);
          assertThat(answer.hasHeader("Access-Control-Allow-Origin", origin)).isTrue();
        });
  }
}
