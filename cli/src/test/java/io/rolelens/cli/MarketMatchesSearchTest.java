package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.Quarters;
import io.rolelens.server.ServerApp;
import io.rolelens.server.ServerSettings;
import io.rolelens.server.market.MarketIndex;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The market context of {@code rolelens serve --index} against what {@code rolelens search} prints
 * for the same facet query, {@code quarter:Q AND title_role:R AND duplicate:false}, for every
 * bundled example posted to a real server with its own date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketMatchesSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private Path index;
  private MarketIndex market;
  private Javalin server;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    index = Examples.indexed(dir);
    market = MarketIndex.open(index, 0);
    server =
        ServerApp.create(
                RoleAnalyzer.builder().build(), ServerSettings.builder().port(0).build(), market)
            .start();
  }

  @AfterAll
  void stop() throws Exception {
    server.stop();
    market.close();
  }

  Stream<CSVRecord> postings() throws Exception {
    try (Reader in = Files.newBufferedReader(Examples.POSTINGS, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords()
          .stream();
    }
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("postings")
  void theMarketOfEachPostingHasTheCountsSearchPrintsForItsQuarterAndTitleRole(CSVRecord posting)
      throws Exception {
    // Sent as the extension sends JSON-LD's datePosted, an ISO date; a posting with none (or an
    // unreadable one) is put in the index's latest quarter.
    Optional<LocalDate> date = Quarters.parse(posting.get("date_posted"));
    JsonNode answer =
        analyse(
            posting.get("title"),
            posting.get("description"),
            date.map(LocalDate::toString).orElse(null));
    JsonNode m = answer.get("market");
    String role = answer.get("title").get("role").asText();
    assertThat(m.get("titleRole").asText()).isEqualTo(role);
    assertThat(m.get("quarter").asText())
        .isEqualTo(date.map(Quarters::of).orElse(market.latestQuarter()));

    Map<String, Map<String, Long>> printed =
        search(
            "quarter:"
                + m.get("quarter").asText()
                + " AND title_role:"
                + role
                + " AND duplicate:false");
    long matches = printed.get("matches").get("");
    assertThat(m.get("postings").asLong()).isEqualTo(matches);
    if (date.isPresent()) {
      assertThat(matches).as("the posting itself is indexed").isPositive();
    }
    Map<String, Long> bodies = printed.get("body_role");
    long another = matches - bodies.getOrDefault("(none)", 0L) - bodies.getOrDefault(role, 0L);
    Map<String, Long> verdicts = printed.get("verdict");
    long flagged = verdicts.getOrDefault("mixed", 0L) + verdicts.getOrDefault("mismatch", 0L);
    assertThat(m.get("readAsAnotherRole").asDouble())
        .isEqualTo(Math.round(10_000.0 * another / matches) / 10_000.0);
    assertThat(m.get("flagged").asDouble())
        .isEqualTo(Math.round(10_000.0 * flagged / matches) / 10_000.0);
    if (answer.get("confusionScore").isNull()) {
      assertThat(m.get("percentile").isNull()).isTrue();
    } else {
      assertThat(m.get("percentile").asInt()).isBetween(0, 100);
    }
    assertThat(m.get("similar").size()).isBetween(0, MarketIndex.SIMILAR);
  }

  private JsonNode analyse(String title, String text, String date) throws Exception {
    Map<String, String> request = new HashMap<>(Map.of("title", title, "text", text));
    if (date != null) {
      request.put("datePosted", date);
    }
    String body = JSON.writeValueAsString(request);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/v1/analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** What {@code rolelens search --top 0} prints: "matches" → {"" → N}, and each facet's counts. */
  private Map<String, Map<String, Long>> search(String query) {
    CliRun run =
        CliRun.of("search", "--index", index.toString(), "--top", "0", "--facet-top", "20", query);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Map<String, Long>> printed = new HashMap<>();
    for (String line : run.out().strip().split("\\R")) {
      if (line.startsWith("matches=")) {
        printed.put("matches", Map.of("", Long.parseLong(line.substring("matches=".length()))));
        continue;
      }
      String dimension = line.substring(0, line.indexOf(' '));
      Map<String, Long> counts = new HashMap<>();
      for (String count : line.substring(dimension.length()).strip().split("\\s{2,}")) {
        int eq = count.lastIndexOf('=');
        counts.put(count.substring(0, eq), Long.parseLong(count.substring(eq + 1)));
      }
      printed.put(dimension, counts);
    }
    return printed;
  }
}
