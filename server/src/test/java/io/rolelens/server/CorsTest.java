package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

  static Response preflight(HttpClient client, String path, String origin) {
    // The test client has no OPTIONS method; the JDK's client sends one.
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(client.getOrigin() + path))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .build();
    try {
      return new Response(
          java.net.http.HttpClient.newHttpClient()
              .send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
