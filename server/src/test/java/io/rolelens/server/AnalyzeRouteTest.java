package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzeRouteTest {

  @Test
  void analysesATextPostingWithTheAnalysisContract() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response response =
              postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING));
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
          JsonNode a = json(response);
          assertThat(a.get("verdict").asText()).isEqualTo("mismatch");
          assertThat(a.get("bodyRole").asText()).isEqualTo("product_owner");
          assertThat(a.get("bodyStatus").asText()).isEqualTo("ok");
          assertThat(a.get("suggestedTitle").get("title").asText()).isEqualTo("Product Owner");
          assertThat(a.get("title").get("role").asText()).isEqualTo("product_manager");
          assertThat(a.get("mentions")).isNotEmpty();
          for (JsonNode m : a.get("mentions")) {
            assertThat(m.has("blockId")).isFalse();
            if (m.get("field").asText().equals("body")) {
              assertThat(PO_POSTING.substring(m.get("start").asInt(), m.get("end").asInt()))
                  .isEqualTo(m.get("text").asText());
            }
          }
        });
  }

  @Test
  void answersABodyOfAnotherJobWithItsStatusItsCuesAndNoRoleTitle() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode a =
              json(
                  postJson(
                      client,
                      "/api/v1/analyze",
                      analyzeBody("Project Manager", DATA_ANALYST_POSTING)));
          assertThat(a.get("bodyStatus").asText()).isEqualTo("other_job");
          assertThat(a.get("bodyRole").isNull()).isTrue();
          assertThat(a.get("verdict").asText()).isEqualTo("mismatch");
          assertThat(a.get("otherJob").get("jobs").get(0).get("id").asText())
              .isEqualTo("data_analysis");
          assertThat(a.get("otherJob").get("jobs").get(0).get("cues").toString())
              .contains("\"SQL\"", "\"Tableau\"");
          assertThat(a.get("suggestedTitle").get("title").isNull()).isTrue();
        });
  }

  @Test
  void givesTextsThatDifferOnlyInALoneSurrogateEachItsOwnAnalysis() {
    // Hashed as UTF-8, both texts became "?" and the second got the first's cached analysis,
    // whose mention text is not its own.
    String surrogate =
        "Own the product\udc00backlog and write the user stories for the team. ".repeat(3);
    String question = "Own the product?backlog and write the user stories for the team. ".repeat(3);
    JavalinTest.test(
        app(),
        (server, client) -> {
          for (String text : new String[] {surrogate, question, surrogate}) {
            String body =
                JSON.createObjectNode().put("title", "Product Owner").put("text", text).toString();
            Response response = postJson(client, "/api/v1/analyze", body);
            assertThat(response.code()).isEqualTo(200);
            JsonNode a = json(response);
            assertThat(a.get("mentions")).isNotEmpty();
            for (JsonNode m : a.get("mentions")) {
              if (m.get("field").asText().equals("body")) {
                assertThat(m.get("text").asText())
                    .isEqualTo(text.substring(m.get("start").asInt(), m.get("end").asInt()));
              }
            }
          }
        });
  }

  @Test
  void answersUncompressedEvenToABrowserThatAcceptsGzip() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response response =
              post(
                  client,
                  "/api/v1/analyze",
                  analyzeBody("Product Manager", PO_POSTING),
                  Map.of(
                      "Content-Type",
                      "application/json",
                      "Accept-Encoding",
                      "gzip, deflate, br, zstd"));
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.headers().get("Content-Encoding")).isNull();
          assertThat(json(response).get("verdict").asText()).isEqualTo("mismatch");
        });
  }

  @Test
  void mapsMentionsBackToTheBlocksTheyWereFoundIn() {
    String first = "We are hiring a Product Manager to join a Scrum team.";
    String second = "Own the product backlog and prioritize the backlog based on value.";
    String third =
        "Write user stories with clear acceptance criteria. Take part in sprint planning.";
    ObjectNode body = JSON.createObjectNode().put("title", "Product Manager");
    ArrayNode blocks = body.putArray("blocks");
    blocks.addObject().put("id", "b1").put("text", first);
    blocks.addObject().put("id", "b2").put("text", second);
    blocks.addObject().put("id", "b3").put("text", third);
    Map<String, String> texts = Map.of("b1", first, "b2", second, "b3", third);
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode a = json(postJson(client, "/api/v1/analyze", body.toString()));
          assertThat(a.get("verdict").asText()).isEqualTo("mismatch");
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (JsonNode m : a.get("mentions")) {
            if (m.get("field").asText().equals("title")) {
              assertThat(m.has("blockId")).isFalse();
              continue;
            }
            String id = m.get("blockId").asText();
            seen.add(id);
            assertThat(texts.get(id).substring(m.get("start").asInt(), m.get("end").asInt()))
                .isEqualTo(m.get("text").asText());
          }
          assertThat(seen).contains("b2", "b3");
          for (JsonNode e : a.get("profile").get("evidence")) {
            String id = e.get("blockId").asText();
            assertThat(texts.get(id).substring(e.get("start").asInt(), e.get("end").asInt()))
                .isEqualTo(e.get("text").asText());
          }
        });
  }

  /**
   * Each letter a block: {@code -} an empty one, {@code p} the posting's duties. Empty blocks
   * before (as a page's empty headings give), between or after the text move no offset and lose no
   * phrase.
   */
  @ParameterizedTest
  @ValueSource(strings = {"--p", "-p", "p--", "-p-", "p-p"})
  void mapsMentionsBackToTheirBlockWhereverEmptyBlocksStand(String layout) {
    String duties =
        "Own the product backlog. Write user stories with acceptance criteria. Run sprint"
            + " planning with the Scrum team.";
    ObjectNode body = JSON.createObjectNode().put("title", "Product Manager");
    ArrayNode blocks = body.putArray("blocks");
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < layout.length(); i++) {
      String text = layout.charAt(i) == 'p' ? duties : "";
      texts.put("b" + i, text);
      blocks.addObject().put("id", "b" + i).put("text", text);
    }
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode a = json(postJson(client, "/api/v1/analyze", body.toString()));
          Set<String> phrases = new HashSet<>();
          for (JsonNode m : a.get("mentions")) {
            if (m.get("field").asText().equals("body")) {
              String block = texts.get(m.get("blockId").asText());
              assertThat(block.substring(m.get("start").asInt(), m.get("end").asInt()))
                  .isEqualTo(m.get("text").asText());
              phrases.add(m.get("text").asText());
            }
          }
          assertThat(phrases).contains("Own the product backlog");
        });
  }

  @Test
  void answersTheSameAnalysisFromTheCacheForTheSameText() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          String first =
              postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING))
                  .body()
                  .string();
          String second =
              postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING))
                  .body()
                  .string();
          assertThat(second).isEqualTo(first);
          assertThat(json(client.get("/ready")).get("cachedAnalyses").asInt()).isEqualTo(1);
        });
  }

  @Test
  void cachesNothingWhenTheCacheIsOff() {
    JavalinTest.test(
        app(ServerSettings.builder().cacheSize(0)),
        (server, client) -> {
          postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING));
          assertThat(json(client.get("/ready")).get("cachedAnalyses").asInt()).isZero();
        });
  }
}
