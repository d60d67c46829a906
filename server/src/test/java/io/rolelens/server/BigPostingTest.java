package io.rolelens.server;

import static io.rolelens.server.TestServers.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.rolelens.analyzer.RoleAnalyzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Postings near the body limit: bounded answers, a bounded cache, bounded analysis time. */
class BigPostingTest {
  @Test
  void answersManyDistinctMegabytePostingsWithBoundedAnswersAndStaysReady() {
    JavalinTest.test(
        app(ServerSettings.builder().maxMentions(200)),
        (server, client) -> {
          for (int seed = 0; seed < 12; seed++) {
            String text =
                repeatedTo(
                    900_000,
                    seed + ". ",
                    "Own the product backlog. Write user stories. Own the product roadmap. Manage"
                        + " the project budget. ");
            Response response =
                postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", text));
            String body = response.body().string();
            assertThat(response.code())
                .as(body.length() > 300 ? body.substring(0, 300) : body)
                .isEqualTo(200);
            assertThat(body.length()).as("answer size").isLessThan(200_000);
            JsonNode json = TestServers.JSON.readTree(body);
            assertThat(json.get("mentions")).hasSize(200);
            assertThat(json.get("mentionCount").asInt()).isGreaterThan(10_000);
            assertThat(json.get("truncated").asBoolean()).isTrue();
          }
          JsonNode ready = json(get(client, "/ready", Map.of()));
          assertThat(ready.get("status").asText()).isEqualTo("ready");
        });
  }

  @Test
  void keepsProbesFastWhileTwoPathologicalPostingsAreAnalysed() {
    JavalinTest.test(
        app(ServerSettings.builder().threads(2)),
        (server, client) -> {
          List<CompletableFuture<Integer>> slow = new ArrayList<>();
          for (int seed = 0; seed < 2; seed++) {
            String body =
                analyzeBody(
                    "Product Manager",
                    repeatedTo(
                        990_000,
                        seed + " ",
                        "drive impact drive revenue own the roadmap own outcomes plan releases lead"
                            + " the team "));
            slow.add(
                CompletableFuture.supplyAsync(
                    () -> postJson(client, "/api/v1/analyze", body).code()));
          }
          long slowest = 0;
          while (!slow.stream().allMatch(CompletableFuture::isDone)) {
            long began = System.nanoTime();
            assertThat(get(client, "/health", Map.of()).code()).isEqualTo(200);
            slowest = Math.max(slowest, (System.nanoTime() - began) / 1_000_000);
          }
          assertThat(slowest).as("slowest /health in ms").isLessThan(1000);
          for (CompletableFuture<Integer> f : slow) {
            assertThat(f.join()).isEqualTo(200);
          }
        });
  }

  @Test
  void stopsAnAnalysisPastItsTimeBudgetWith422() {
    RoleAnalyzer strict = RoleAnalyzer.builder().timeBudget(Duration.ofNanos(1)).build();
    JavalinTest.test(
        ServerApp.create(strict, ServerSettings.builder().host("127.0.0.1").port(0).build()),
        (server, client) -> {
          Response response =
              postJson(client, "/api/v1/analyze", analyzeBody("Product Manager", PO_POSTING));
          BadInputTest.assertError(response, 422, "analysis_timeout", "longer than its budget");
          assertThat(get(client, "/health", Map.of()).code()).isEqualTo(200);
        });
  }

  /**
   * {@code head}, then {@code unit} repeated to about {@code chars}: distinct per head, so no
   * answer comes from the cache. Duty sentences make nearly every word part of a mention; verbs
   * with no sentence break between them are the part-of-speech tagger's worst case.
   */
  private static String repeatedTo(int chars, String head, String unit) {
    return head + unit.repeat(chars / unit.length() + 1);
  }
}
