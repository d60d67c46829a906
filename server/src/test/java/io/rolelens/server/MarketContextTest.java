package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.rolelens.scoring.index.IndexFields;
import io.rolelens.server.market.MarketIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code market} in analysis answers, from a small index written here with the field names {@code
 * rolelens index} uses (batch's MarketMatchesSearchTest holds the figures against {@code rolelens
 * search} on a real scored index).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketContextTest {
  private MarketIndex market;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    market = TestMarketIndex.open(dir.resolve("index"));
  }

  @AfterAll
  void close() throws IOException {
    market.close();
  }

  private Javalin withIndex() {
    return ServerApp.create(analyzer(), ServerSettings.builder().port(0).build(), market);
  }

  @Test
  void putsAPostingAmongThoseOfItsTitleRoleInTheQuarterOfItsDate() {
    JavalinTest.test(
        withIndex(),
        (server, client) -> {
          JsonNode answer =
              json(
                  postJson(
                      client,
                      "/api/v1/analyze",
                      JSON.createObjectNode()
                          .put("title", "Senior Product Manager")
                          .put("text", PO_POSTING)
                          .put("datePosted", "2025-08-14T09:30:00Z")
                          .toString()));
          JsonNode m = answer.get("market");
          assertThat(m.get("quarter").asText()).isEqualTo("2025Q3");
          assertThat(m.get("titleRole").asText()).isEqualTo("product_manager");
          assertThat(m.get("postings").asInt()).isEqualTo(25);
          assertThat(m.get("readAsAnotherRole").asDouble()).isEqualTo(0.16);
          assertThat(m.get("flagged").asDouble()).isEqualTo(0.16);
          // A mismatch scoring over 90 sits above every one of the 24 scored postings.
          assertThat(answer.get("confusionScore").asInt()).isGreaterThan(90);
          assertThat(m.get("percentile").asInt()).isEqualTo(100);
          assertThat(m.get("similar")).hasSizeBetween(1, MarketIndex.SIMILAR);
          // Backlog and sprint words: the Product Owner bodies, of any quarter, never the
          // duplicate.
          assertThat(m.get("similar").findValuesAsText("id"))
              .allSatisfy(id -> assertThat(id).matches("(po|late)-\\d"));
          assertThat(m.get("similar").get(0).get("company").asText()).startsWith("Acme ");
        });
  }

  @Test
  void takesTheLatestQuarterInTheIndexWhenThePostingHasNoDate() {
    JavalinTest.test(
        withIndex(),
        (server, client) -> {
          JsonNode m =
              json(postJson(client, "/api/v1/analyze", analyzeBody("Product Owner", PO_POSTING)))
                  .get("market");
          assertThat(m.get("quarter").asText()).isEqualTo("2026Q1");
          assertThat(m.get("postings").asInt()).isEqualTo(3);
          assertThat(m.get("readAsAnotherRole").asDouble()).isZero();
        });
  }

  @Test
  void putsAnUndatedPostingInTheLatestQuarterWithEnoughPostingsOfItsTitleRole() {
    JavalinTest.test(
        withIndex(),
        (server, client) -> {
          // 2026Q1 is the index's latest quarter but holds no Product Manager posting; 2025Q3 holds
          // 25.
          JsonNode m =
              json(postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING)))
                  .get("market");
          assertThat(m.get("quarter").asText()).isEqualTo("2025Q3");
          assertThat(m.get("postings").asInt()).isEqualTo(25);
        });
  }

  @Test
  void neverListsAPostingAsSimilarToItself() {
    JavalinTest.test(
        withIndex(),
        (server, client) -> {
          // The three 2026Q1 postings have exactly this body; the 2025Q3 Product Owner ones add a
          // word.
          JsonNode m =
              json(postJson(
                      client,
                      "/api/v1/analyze",
                      analyzeBody("Product Owner", TestMarketIndex.PO_BODY)))
                  .get("market");
          assertThat(m.get("similar").findValuesAsText("id"))
              .isNotEmpty()
              .allSatisfy(id -> assertThat(id).startsWith("po-"));
        });
  }

  @Test
  void answersWithAnEmptyMarketWhenNeitherThePostingNorTheIndexIsDated(@TempDir Path dir)
      throws IOException {
    Path index = dir.resolve("undated");
    var analyzer =
        new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(), Map.of(IndexFields.BODY, new EnglishAnalyzer()));
    try (var directory = FSDirectory.open(index);
        var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      writer.commit();
    }
    try (MarketIndex empty = MarketIndex.open(index, 0)) {
      JavalinTest.test(
          ServerApp.create(analyzer(), ServerSettings.builder().port(0).build(), empty),
          (server, client) -> {
            JsonNode m =
                json(postJson(client, "/api/v1/analyze", analyzeBody("Product Owner", PO_POSTING)))
                    .get("market");
            assertThat(m.get("quarter").isNull()).isTrue();
            assertThat(m.get("postings").asInt()).isZero();
            assertThat(m.get("similar")).isEmpty();
          });
    }
  }

  @Test
  void saysNothingOfTheShareOfAnEmptyMarket() {
    JavalinTest.test(
        withIndex(),
        (server, client) -> {
          JsonNode m =
              json(postJson(
                      client,
                      "/api/v1/analyze",
                      JSON.createObjectNode()
                          .put("title", "Project Manager")
                          .put("text", PO_POSTING)
                          .put("datePosted", "2024-02-01")
                          .toString()))
                  .get("market");
          assertThat(m.get("quarter").asText()).isEqualTo("2024Q1");
          assertThat(m.get("postings").asInt()).isZero();
          assertThat(m.get("readAsAnotherRole").isNull()).isTrue();
          assertThat(m.get("flagged").isNull()).isTrue();
          assertThat(m.get("percentile").isNull()).isTrue();
        });
  }

  @Test
  void answersCarryNoMarketWithoutAnIndex() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode answer =
              json(postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING)));
          assertThat(answer.has("market")).isFalse();
          assertThat(answer.get("truncated").isBoolean()).isTrue();
        });
  }

  @Test
  void refusesADateThatIsNoDateNamingTheField() {
    JavalinTest.test(
        withIndex(),
        (server, client) -> {
          var response =
              postJson(
                  client,
                  "/api/v1/analyze",
                  JSON.createObjectNode()
                      .put("title", "Product Manager")
                      .put("text", PO_POSTING)
                      .put("datePosted", "last spring")
                      .toString());
          assertThat(response.code()).isEqualTo(400);
          assertThat(json(response).get("error").get("message").asText())
              .contains("datePosted")
              .contains("last spring");
        });
  }

  @Test
  void answersWithAMarketConformToTheOpenApiDocument() {
    JavalinTest.test(
        withIndex(),
        (server, client) -> {
          JsonNode doc = json(client.get("/api/v1/openapi.json"));
          var response =
              postJson(
                  client,
                  "/api/v1/analyze",
                  JSON.createObjectNode()
                      .put("title", "Product Manager")
                      .put("text", PO_POSTING)
                      .put("datePosted", "2025-07-01")
                      .toString());
          JsonNode schema =
              SchemaCheck.responseSchema(doc, "/api/v1/analyze", "post", response.code());
          assertThat(SchemaCheck.problems(doc, schema, json(response))).isEmpty();
          assertThat(json(response).has("market")).isTrue();
        });
  }

  @Test
  void refusesToOpenAFolderThatHoldsNoIndex(@TempDir Path empty) throws IOException {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MarketIndex.open(empty, 0))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("run rolelens index first");
    Path file = Files.writeString(empty.resolve("file.txt"), "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MarketIndex.open(file, 0))
        .hasMessageContaining("it is a file, not a directory");
  }
}
