package io.rolelens.server;

import static io.rolelens.server.TestServers.app;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests Jetty refuses before the application sees them still get the JSON error shape. */
class ProtocolErrorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          broken request line,  400, bad_request
          URI too long,         414, uri_too_long
          headers too large,    431, headers_too_large
          """)
  void answersJettysOwnRefusalsInTheJsonErrorShapeWithTheSecurityHeaders(
      String what, int status, String code) {
    String request =
        switch (what) {
          case "broken request line" -> "GARBAGE\r\n\r\n";
          case "URI too long" ->
              "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
          default ->
              "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                  + "a".repeat(20_000)
                  + "\r\n\r\n";
        };
    JavalinTest.test(
        app(),
        (server, client) -> {
          RawExchange.Answer answer = RawExchange.send(server.port(), request, 5000);
          assertThat(answer.status()).as(answer.head()).isEqualTo(status);
          assertThat(answer.hasHeader("Content-Type", "application/json")).isTrue();
          assertThat(answer.hasHeader("X-Content-Type-Options", "nosniff")).isTrue();
          assertThat(answer.hasHeader("X-Frame-Options", "DENY")).isTrue();
          assertThat(answer.body())
              .contains("{\"error\":{\"status\":" + status + ",\"code\":\"" + code + "\"")
              .doesNotContain("<html", "Exception");
        });
  }
}
