package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server with a token checks it on every API call; off loopback it will not start without one.
 */
class TokenTest {
  static final Map<String, String> JSON_WITH_TOKEN =
      Map.of("Content-Type", "application/json", "Authorization", "Bearer s3cret");

  @Test
  void checksTheBearerTokenOnEveryApiCall() {
    JavalinTest.test(
        app(ServerSettings.builder().token("s3cret")),
        (server, client) -> {
          String body = analyzeBody("PM", PO_POSTING);
          BadInputTest.assertError(
              postJson(client, "/api/v1/analyze", body),
              401,
              "unauthorized",
              "Authorization: Bearer");
          assertThat(postJson(client, "/api/v1/analyze", body).headers().get("WWW-Authenticate"))
              .containsExactly("Bearer");
          BadInputTest.assertError(
              post(
                  client,
                  "/api/v1/analyze",
                  body,
                  Map.of("Content-Type", "application/json", "Authorization", "Bearer wrong")),
              401,
              "unauthorized",
              "wrong");
          BadInputTest.assertError(
              post(
                  client,
                  "/api/v1/analyze",
                  body,
                  Map.of("Content-Type", "application/json", "Authorization", "s3cret")),
              401,
              "unauthorized",
              "wrong");
          assertThat(post(client, "/api/v1/analyze", body, JSON_WITH_TOKEN).code()).isEqualTo(200);
          BadInputTest.assertError(client.get("/api/v1/lexicon"), 401, "unauthorized", "token");
          assertThat(
                  get(client, "/api/v1/lexicon", Map.of("Authorization", "Bearer s3cret")).code())
              .isEqualTo(200);
          BadInputTest.assertError(
              client.get("/api/v1/openapi.json"), 401, "unauthorized", "token");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"bearer", "BEARER", "bEaReR"})
  void acceptsTheBearerSchemeInAnyCaseButStillOnlyTheRightToken(String scheme) {
    JavalinTest.test(
        app(ServerSettings.builder().token("s3cret")),
        (server, client) -> {
          assertThat(lexicon(client, scheme + " s3cret").code()).isEqualTo(200);
          assertWrongToken(lexicon(client, scheme + " S3CRET"));
          assertWrongToken(lexicon(client, scheme + "s3cret"));
        });
  }

  /**
   * Jetty reuses a header a connection sent before when a later one differs only in case; the token
   * must still be compared as sent.
   */
  @Test
  void refusesATokenThatDiffersInCaseFromTheRightOneSentBeforeOnTheSameConnection() {
    JavalinTest.test(
        app(ServerSettings.builder().token("s3cret")),
        (server, client) -> {
          assertThat(lexicon(client, "Bearer s3cret").code()).isEqualTo(200);
          assertWrongToken(lexicon(client, "Bearer S3CRET"));
        });
  }

  private static Response lexicon(HttpClient client, String authorization) {
    return get(client, "/api/v1/lexicon", Map.of("Authorization", authorization));
  }

  private static void assertWrongToken(Response response) {
    BadInputTest.assertError(response, 401, "unauthorized", "wrong");
  }

  @Test
  void letsPreflightsHealthAndThePageThroughWithoutTheToken() {
    JavalinTest.test(
        app(ServerSettings.builder().token("s3cret")),
        (server, client) -> {
          assertThat(CorsTest.preflight(client, "/api/v1/analyze", CorsTest.CHROME).code())
              .isEqualTo(204);
          assertThat(client.get("/health").code()).isEqualTo(200);
          assertThat(client.get("/ready").code()).isEqualTo(200);
          assertThat(client.get("/").code()).isEqualTo(200);
        });
  }

  @Test
  void needsNoTokenOnLoopbackWithoutOne() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response response = postJson(client, "/api/v1/analyze", analyzeBody("PM", PO_POSTING));
          assertThat(response.code()).isEqualTo(200);
        });
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    ServerSettings open = ServerSettings.builder().host("0.0.0.0").port(0).build();
    assertThatThrownBy(() -> ServerApp.create(analyzer(), open))
        .isInstanceOf(InsecureBindException.class)
        .hasMessageContaining("refusing to listen on 0.0.0.0 without a token")
        .hasMessageContaining("ROLELENS_TOKEN");
  }

  @Test
  void listensBeyondLoopbackWithAToken() {
    ServerSettings open = ServerSettings.builder().host("0.0.0.0").port(0).token("s3cret").build();
    JavalinTest.test(
        ServerApp.create(analyzer(), open),
        (server, client) -> {
          assertThat(client.get("/api/v1/lexicon").code()).isEqualTo(401);
          assertThat(
                  get(client, "/api/v1/lexicon", Map.of("Authorization", "Bearer s3cret")).code())
              .isEqualTo(200);
        });
  }
}
