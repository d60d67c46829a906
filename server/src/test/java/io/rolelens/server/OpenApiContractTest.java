package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every documented response, produced by a real server, conforms to the served OpenAPI document.
 */
class OpenApiContractTest {

  @Test
  void servesAnOpenApi31DocumentListingEveryRoute() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response response = client.get("/api/v1/openapi.json");
          assertThat(response.code()).isEqualTo(200);
          JsonNode doc = json(response);
          assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
          assertThat(doc.get("paths").properties().stream().map(Map.Entry::getKey))
              .containsExactlyInAnyOrder(
                  "/api/v1/analyze",
                  "/api/v1/lexicon",
                  "/api/v1/openapi.json",
                  "/health",
                  "/ready");
        });
  }

  @Test
  void realResponsesWithoutATokenConformToTheDocument() {
    JavalinTest.test(
        app(ServerSettings.builder().maxBodyBytes(4096)),
        (server, client) -> {
          JsonNode doc = json(client.get("/api/v1/openapi.json"));
          conforms(
              doc,
              "/api/v1/analyze",
              "post",
              postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING)));
          conforms(
              doc,
              "/api/v1/analyze",
              "post",
              postJson(
                  client, "/api/v1/analyze", analyzeBody("Project Manager", DATA_ANALYST_POSTING)));
          conforms(
              doc,
              "/api/v1/analyze",
              "post",
              postJson(client, "/api/v1/analyze", analyzeBody("Product Owner", PO_POSTING)));
          conforms(
              doc, "/api/v1/analyze", "post", postJson(client, "/api/v1/analyze", blocksBody()));
          conforms(
              doc,
              "/api/v1/analyze",
              "post",
              postJson(
                  client,
                  "/api/v1/analyze",
                  analyzeBody("Product Manager", "Bonjour à tous, nous recrutons.")));
          conforms(
              doc, "/api/v1/analyze", "post", postJson(client, "/api/v1/analyze", "{not json"));
          conforms(
              doc,
              "/api/v1/analyze",
              "post",
              postJson(client, "/api/v1/analyze", analyzeBody("", "x".repeat(5000))));
          conforms(doc, "/api/v1/lexicon", "get", client.get("/api/v1/lexicon"));
          conforms(doc, "/api/v1/openapi.json", "get", client.get("/api/v1/openapi.json"));
          conforms(doc, "/health", "get", client.get("/health"));
          conforms(doc, "/ready", "get", client.get("/ready"));
        });
  }

  @Test
  void realResponsesWithATokenConformToTheDocument() {
    JavalinTest.test(
        app(ServerSettings.builder().token("s3cret")),
        (server, client) -> {
          JsonNode doc =
              json(get(client, "/api/v1/openapi.json", Map.of("Authorization", "Bearer s3cret")));
          conforms(
              doc,
              "/api/v1/analyze",
              "post",
              postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING)));
          conforms(doc, "/api/v1/lexicon", "get", client.get("/api/v1/lexicon"));
          conforms(doc, "/api/v1/openapi.json", "get", client.get("/api/v1/openapi.json"));
        });
  }

  private static String blocksBody() {
    ObjectNode body = JSON.createObjectNode().put("title", "Product Manager");
    body.putArray("blocks").addObject().put("id", "p1").put("text", PO_POSTING);
    return body.toString();
  }

  private static void conforms(JsonNode doc, String path, String method, Response response) {
    JsonNode schema = SchemaCheck.responseSchema(doc, path, method, response.code());
    assertThat(schema)
        .as("status %d of %s %s is documented", response.code(), method, path)
        .isNotNull();
    assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
    assertThat(SchemaCheck.problems(doc, schema, json(response)))
        .as("%s %s answered %d: %s", method, path, response.code(), response.body().string())
        .isEmpty();
  }
}
