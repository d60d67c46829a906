package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.rolelens.analyzer.section.SectionKind;
import io.rolelens.server.security.SecurityHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page at / is served with security headers, no inline script, and examples that read as
 * intended.
 */
class PageTest {

  @Test
  void servesThePageWithSecurityHeaders() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response page = client.get("/");
          assertThat(page.code()).isEqualTo(200);
          assertThat(page.headers().get("Content-Type").get(0)).startsWith("text/html");
          String csp = page.headers().get("Content-Security-Policy").get(0);
          assertThat(csp)
              .contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'none'")
              .doesNotContain("unsafe-inline", "unsafe-eval");
          assertThat(page.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
          assertThat(page.headers().get("X-Frame-Options")).containsExactly("DENY");
        });
  }

  @Test
  void everyAnswerCarriesEachSecurityHeaderOnceApiAndErrorAnswersToo() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          List<Response> answers =
              List.of(
                  client.get("/"),
                  client.get("/api/v1/lexicon"),
                  postJson(
                      client,
                      "/api/v1/analyze",
                      analyzeBody(
                          "Product Owner", "Own the product backlog and write user stories.")),
                  postJson(client, "/api/v1/analyze", "{not json"),
                  client.get("/no-such-page"));
          assertThat(answers).extracting(Response::code).containsExactly(200, 200, 200, 400, 404);
          for (Response answer : answers) {
            assertThat(answer.headers().get("Content-Security-Policy"))
                .containsExactly(SecurityHeaders.CSP);
            assertThat(answer.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(answer.headers().get("X-Frame-Options")).containsExactly("DENY");
            assertThat(answer.headers().get("Referrer-Policy")).containsExactly("no-referrer");
            assertThat(answer.headers().get("Cache-Control")).containsExactly("no-store");
          }
        });
  }

  @Test
  void thePageHasNoInlineScriptNoHandlersAndNoThirdPartyResources() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Document doc = Jsoup.parse(client.get("/").body().string());
          for (Element script : doc.select("script")) {
            assertThat(script.attr("src")).startsWith("/");
            assertThat(script.data()).isBlank();
          }
          for (Element any : doc.getAllElements()) {
            any.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
          }
          assertThat(doc.select("[src], link[href]").eachAttr("abs:src"))
              .allMatch(s -> s.isEmpty());
          assertThat(doc.select("link[href]").eachAttr("href")).allMatch(h -> h.startsWith("/"));
          assertThat(doc.select("label[for]").eachAttr("for")).contains("title", "text", "example");
        });
  }

  @Test
  void servesTheScriptStyleAndExamplesWithTheirTypes() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          Response js = client.get("/app.js");
          assertThat(js.headers().get("Content-Type").get(0)).startsWith("text/javascript");
          assertThat(js.body().string())
              .doesNotContain("innerHTML", "eval(", "outerHTML", "insertAdjacentHTML");
          assertThat(client.get("/app.css").headers().get("Content-Type").get(0))
              .startsWith("text/css");
          assertThat(json(client.get("/examples.json")).get("examples")).hasSize(4);
        });
  }

  @ParameterizedTest
  @CsvSource({
    "pm, consistent, product_manager",
    "pjm, mismatch, project_manager",
    "po, mismatch, product_owner",
    "other, mismatch, other_job"
  })
  void eachBundledExampleReadsAsItsLabelSays(String id, String verdict, String body) {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode example = null;
          for (JsonNode e : json(client.get("/examples.json")).get("examples")) {
            if (e.get("id").asText().equals(id)) {
              example = e;
            }
          }
          assertThat(example).isNotNull();
          JsonNode analysis =
              json(
                  postJson(
                      client,
                      "/api/v1/analyze",
                      analyzeBody(example.get("title").asText(), example.get("text").asText())));
          assertThat(analysis.get("verdict").asText())
              .as(analysis.get("summary").asText())
              .isEqualTo(verdict);
          // What the body reads as: its role, or, when none is called, its status.
          JsonNode role = analysis.get("bodyRole");
          assertThat(role.isNull() ? analysis.get("bodyStatus").asText() : role.asText())
              .isEqualTo(body);
        });
  }

  @Test
  void servesTheLexiconForALegendWithColourUnderlineAndLabelPerRole() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode lexicon = json(client.get("/api/v1/lexicon"));
          assertThat(lexicon.get("roles").findValuesAsText("id"))
              .containsExactly("product_manager", "project_manager", "product_owner");
          assertThat(lexicon.get("roles").findValuesAsText("underline")).doesNotHaveDuplicates();
          assertThat(lexicon.get("roles").findValuesAsText("colour")).doesNotHaveDuplicates();
          assertThat(lexicon.get("roles").findValuesAsText("label")).doesNotHaveDuplicates();
          assertThat(lexicon.at("/roles/0/duties/0/definition").asText())
              .isEqualTo("Owns the product vision and strategy");
          assertThat(lexicon.at("/roles/2/duties").findValuesAsText("duty")).contains("backlog");
          assertThat(lexicon.get("categories").findValuesAsText("displayName"))
              .contains("Owning and ordering the backlog");
          assertThat(lexicon.get("entries")).hasSize(analyzer().lexicon().entries().size());
          assertThat(lexicon.get("lexiconVersion").asText())
              .isEqualTo(analyzer().lexicon().version());
        });
  }

  @Test
  void servesEverySectionWithTheWeightTheAnalyzerGivesItsPhrases() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          JsonNode sections = json(client.get("/api/v1/lexicon")).get("sections");
          assertThat(sections.get(0).toString()).isEqualTo("{\"id\":\"intro\",\"weight\":1.0}");
          Map<String, Double> served = new LinkedHashMap<>();
          sections.forEach(s -> served.put(s.get("id").asText(), s.get("weight").asDouble()));
          Map<String, Double> analyzers = new LinkedHashMap<>();
          for (SectionKind kind : SectionKind.values()) {
            analyzers.put(kind.id(), kind.weight());
          }
          // In the analyzer's order, the sections whose phrases count for nothing among them.
          assertThat(served).containsExactlyEntriesOf(analyzers).containsValue(0.0);
        });
  }

  @Test
  void answersHealthAndReadiness() {
    JavalinTest.test(
        app(),
        (server, client) -> {
          assertThat(json(client.get("/health")).get("status").asText()).isEqualTo("ok");
          JsonNode ready = json(client.get("/ready"));
          assertThat(ready.get("status").asText()).isEqualTo("ready");
          assertThat(ready.get("lexiconVersion").asText())
              .isEqualTo(analyzer().lexicon().version());
        });
  }
}
