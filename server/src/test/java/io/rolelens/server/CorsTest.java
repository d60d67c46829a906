package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CORS: extensions and the server's own page may read responses; nobody else gets CORS headers. */
class CorsTest {
  static final String CHROME = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
  static final String FIREFOX = "moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

  @ParameterizedTest
  @ValueSource(strings = {CHROME, FIREFOX})
  void allowsBrowserExtensionOrigins(String origin) {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response response =
              post(
                  client,
                  "/api/v1/analyze",
                  analyzeBody("PM", PO_POSTING),
                  Map.of("Content-Type", "application/json", "Origin", origin));
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.headers().get("Access-Control-Allow-Origin")).containsExactly(origin);
          Response preflight = preflight(client, "/api/v1/analyze", origin);
          assertThat(preflight.code()).isEqualTo(204);
          assertThat(preflight.headers().get("Access-Control-Allow-Origin"))
              .containsExactly(origin);
          assertThat(preflight.headers().get("Access-Control-Allow-Methods").get(0))
              .contains("POST");
          assertThat(preflight.headers().get("Access-Control-Allow-Headers").get(0))
              .contains("Content-Type", "Authorization");
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example",
        "http://localhost:1",
        "null",
        "chrome-extension://",
        "chrome-extension://ABC/../x",
        "file://"
      })
  void givesOtherOriginsNoCorsHeaders(String origin) {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response response = get(client, "/api/v1/lexicon", Map.of("Origin", origin));
          assertThat(response.headers().get("Access-Control-Allow-Origin")).isNullOrEmpty();
          Response preflight = preflight(client, "/api/v1/analyze", origin);
          assertThat(preflight.code()).isEqualTo(403);
          assertThat(preflight.headers().get("Access-Control-Allow-Origin")).isNullOrEmpty();
          assertThat(preflight.headers().get("Access-Control-Allow-Methods")).isNullOrEmpty();
        });
  }

  @Test
  void allowsTheServersOwnPage() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          String own = client.getOrigin();
          Response response =
              post(
                  client,
                  "/api/v1/analyze",
                  analyzeBody("PM", PO_POSTING),
                  Map.of("Content-Type", "application/json", "Origin", own));
          assertThat(response.headers().get("Access-Control-Allow-Origin")).containsExactly(own);
        });
  }

  @Test
  void allowsOnlyTheConfiguredExtensionWhenOneIsGiven() {
    JavalinTest.test(
        app(ServerSettings.builder().extensionOrigins(List.of(CHROME))),
        (server, client) -> {
          assertThat(
                  get(client, "/api/v1/lexicon", Map.of("Origin", CHROME))
                      .headers()
                      .get("Access-Control-Allow-Origin"))
              .containsExactly(CHROME);
          String other = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba";
          assertThat(
                  get(client, "/api/v1/lexicon", Map.of("Origin", other))
                      .headers()
                      .get("Access-Control-Allow-Origin"))
              .isNullOrEmpty();
          assertThat(
                  get(client, "/api/v1/lexicon", Map.of("Origin", FIREFOX))
                      .headers()
                      .get("Access-Control-Allow-Origin"))
              .isNullOrEmpty();
        });
  }

  /**
   * Refusals answered before the app sees the request carry the app's CORS headers, so an extension
   * reads why it was refused instead of a network error; another origin still gets none.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      textBlock =
          """
          401, unauthorized
          413, body_too_large
          421, unknown_host
          503, busy
          408, body_not_received
          """)
  void givesEarlyRefusalsTheCorsHeadersOfAnAllowedOriginAndNoneToOthers(int status, String code) {
    ServerSettings.Builder settings =
        ServerSettings.builder()
            .token("s3cret")
            .maxBodyBytes(200_000)
            .maxInflightBytesPerClient(200_000)
            .bodyTimeout(Duration.ofSeconds(1));
    JavalinTest.test(
        app(settings),
        (server, client) -> {
          for (String origin : List.of(CHROME, "https://evil.example")) {
            RawExchange.Answer answer;
            // For 503, another body of this client's is still on its way and holds its room.
            try (Socket holder = RawExchange.open(server.port(), 5000)) {
              if (status == 503) {
                holder
                    .getOutputStream()
                    .write(
                        RawExchange.analyzeHead("127.0.0.1", 150_000, AUTHORIZED)
                            .getBytes(StandardCharsets.US_ASCII));
                holder.getOutputStream().flush();
                Thread.sleep(200);
              }
              answer = RawExchange.send(server.port(), refused(status, origin), 5000);
            }
            assertThat(answer.status()).as(answer.head()).isEqualTo(status);
            assertThat(answer.body()).contains("\"code\":\"" + code + "\"");
            assertThat(answer.hasHeader("Vary", "Origin")).as(answer.head()).isTrue();
            assertThat(answer.hasHeader("Access-Control-Allow-Origin", origin))
                .as(answer.head())
                .isEqualTo(origin.equals(CHROME));
            assertThat(answer.head()).doesNotContainIgnoringCase("Allow-Origin: https://evil");
          }
        });
  }

  private static final String AUTHORIZED = "Authorization: Bearer s3cret\r\n";

  /** A request the admission checks refuse with {@code status}, sent from {@code origin}. */
  private static String refused(int status, String origin) {
    String head = "Origin: " + origin + "\r\n" + (status == 401 ? "" : AUTHORIZED);
    return switch (status) {
      case 421 -> RawExchange.analyzeHead("evil.example", 2, head) + "{}";
      case 413 -> RawExchange.analyzeHead("127.0.0.1", 300_000, head) + "x".repeat(300_000);
      case 503 -> RawExchange.analyzeHead("127.0.0.1", 100_000, head) + "x".repeat(100_000);
      case 408 -> RawExchange.analyzeHead("127.0.0.1", 1000, head) + "{\"title\":";
      default -> RawExchange.analyzeHead("127.0.0.1", 2, head) + "{}";
    };
  }

  static Response preflight(HttpClient client, String path, String origin) {
    return request(
        client,
        "OPTIONS",
        path,
        Map.of(
            "Origin",
            origin,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type"));
  }
}
