package io.rolelens.analyzer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON contract that the command line, the server and the extension share. */
class AnalysisJsonTest {
  static RoleAnalyzer analyzer;
  static final AnalysisJson JSON = new AnalysisJson();
  static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void buildAnalyzer() {
    analyzer = RoleAnalyzer.builder().build();
  }

  static String posting(String name) throws IOException {
    try (InputStream in = AnalysisJsonTest.class.getResourceAsStream("/postings/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static JsonNode analyse(String title, String body) throws IOException {
    return MAPPER.readTree(JSON.write(analyzer.analyze(title, body)));
  }

  static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pm-payments.txt",
        "pjm-office-move.txt",
        "po-scrum-team.txt",
        "pm-title-pjm-body.txt"
      })
  void writesExactlyTheContractsFields(String name) throws IOException {
    JsonNode root = analyse("Senior Product Manager", posting(name));
    assertThat(fields(root))
        .containsExactly(
            "title",
            "profile",
            "bodyRole",
            "bodyStatus",
            "otherJob",
            "confidence",
            "verdict",
            "confusionScore",
            "suggestedTitle",
            "outcomeOutputIndex",
            "language",
            "languageConfidence",
            "lexiconVersion",
            "summary",
            "mentions",
            "mentionCount",
            "truncated");
    assertThat(root.get("bodyStatus").asText()).isEqualTo("ok");
    assertThat(root.get("otherJob").isNull()).isTrue();
    assertThat(root.get("mentionCount").asInt()).isEqualTo(root.get("mentions").size());
    assertThat(root.get("truncated").asBoolean()).isFalse();
    assertThat(fields(root.get("title")))
        .containsExactly("text", "role", "families", "seniority", "hybrid");
    assertThat(root.get("title").get("families").isArray()).isTrue();
    JsonNode profile = root.get("profile");
    assertThat(fields(profile))
        .containsExactly(
            "status",
            "product_manager",
            "project_manager",
            "product_owner",
            "totalWeight",
            "evidence");
    assertThat(profile.get("status").asText()).isEqualTo("ok");
    double sum =
        profile.get("product_manager").asDouble()
            + profile.get("project_manager").asDouble()
            + profile.get("product_owner").asDouble();
    assertThat(sum).isCloseTo(1.0, within(0.002));
    assertThat(root.get("mentions")).isNotEmpty();
    for (JsonNode m : root.get("mentions")) {
      List<String> expected =
          new ArrayList<>(
              List.of(
                  "field",
                  "start",
                  "end",
                  "text",
                  "role",
                  "category",
                  "orientation",
                  "weight",
                  "phraseId",
                  "explanation",
                  "negated"));
      if (m.get("field").asText().equals("body")) {
        expected.add("section");
      }
      assertThat(fields(m)).containsExactlyElementsOf(expected);
      assertThat(m.get("start").isInt()).isTrue();
      assertThat(m.get("negated").isBoolean()).isTrue();
      assertThat(m.get("field").asText()).isIn("title", "body");
    }
    assertThat(root.get("verdict").asText()).isIn("consistent", "mixed", "mismatch");
    assertThat(root.get("confusionScore").isInt()).isTrue();
    assertThat(root.get("bodyRole").asText())
        .isIn("product_manager", "project_manager", "product_owner");
  }

  @Test
  void writesTheSuggestedTitleOfAMismatchAndNoneForAConsistentPosting() throws IOException {
    JsonNode mismatch = analyse("Senior Product Manager", posting("pm-title-pjm-body.txt"));
    assertThat(mismatch.get("verdict").asText()).isEqualTo("mismatch");
    assertThat(fields(mismatch.get("suggestedTitle"))).containsExactly("title", "reason");
    assertThat(mismatch.get("suggestedTitle").get("title").asText())
        .isEqualTo("Senior Project Manager");
    assertThat(mismatch.get("suggestedTitle").get("reason").asText())
        .endsWith("which the seed gives to a Project Manager.");
    JsonNode consistent = analyse("Product Owner", posting("po-scrum-team.txt"));
    assertThat(consistent.get("suggestedTitle").isNull()).isTrue();
  }

  @Test
  void writesAnotherJobWithItsCuesByJobAndNoBodyRole() throws IOException {
    JsonNode root = analyse("Project Manager", posting("other-data-analyst.txt"));
    assertThat(root.get("bodyStatus").asText()).isEqualTo("other_job");
    assertThat(root.get("bodyRole").isNull()).isTrue();
    assertThat(root.get("verdict").asText()).isEqualTo("mismatch");
    JsonNode other = root.get("otherJob");
    assertThat(fields(other)).containsExactly("cueCount", "jobs");
    JsonNode first = other.get("jobs").get(0);
    assertThat(fields(first)).containsExactly("id", "name", "cues");
    assertThat(first.get("id").asText()).isEqualTo("data_analysis");
    assertThat(first.get("cues").get(0).isTextual()).isTrue();
    int cues = 0;
    for (JsonNode job : other.get("jobs")) {
      cues += job.get("cues").size();
    }
    assertThat(other.get("cueCount").asInt()).isEqualTo(cues);
    assertThat(root.get("suggestedTitle").get("title").isNull()).isTrue();
    assertThat(root.get("suggestedTitle").get("reason").asText()).contains("another job");
  }

  @Test
  void writesNullsForAnUnclearPosting() throws IOException {
    JsonNode root = analyse(null, "Nothing to see here.");
    assertThat(root.get("verdict").asText()).isEqualTo("unclear");
    assertThat(root.get("bodyRole").isNull()).isTrue();
    assertThat(root.get("bodyStatus").asText()).isEqualTo("thin");
    assertThat(root.get("suggestedTitle").isNull()).isTrue();
    assertThat(root.get("confusionScore").isNull()).isTrue();
    JsonNode profile = root.get("profile");
    assertThat(profile.get("status").asText()).isEqualTo("insufficient_evidence");
    assertThat(profile.get("product_manager").isNull()).isTrue();
    assertThat(profile.get("project_manager").isNull()).isTrue();
    assertThat(profile.get("product_owner").isNull()).isTrue();
    assertThat(root.get("title").get("text").asText()).isEmpty();
    assertThat(root.get("title").get("role").asText()).isEqualTo("other");
  }

  @Test
  void writesTheSameContentCompactAndIndented() throws IOException {
    Analysis a = analyzer.analyze("Product Owner", posting("po-scrum-team.txt"));
    assertThat(MAPPER.readTree(JSON.writeCompact(a))).isEqualTo(MAPPER.readTree(JSON.write(a)));
    assertThat(JSON.writeCompact(a)).doesNotContain("\n  ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"pm-payments.txt", "pjm-office-move.txt", "emoji-accents.txt", "rtl-mixed.txt"})
  void streamsTheSameAnswerAsTheTreeWithBlockIdsAndAgainFromKeptEntryFields(String name)
      throws IOException {
    Analysis a = analyzer.analyze("Product Manager, no PMP required", posting(name));
    BodySpans blocks = (start, end) -> new BodySpans.Placed(start < 400 ? "b1" : "b2", start, end);
    ObjectMapper strict =
        JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    for (int round = 0; round < 2; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
        JSON.write(a, g, blocks);
      }
      JsonNode streamed = strict.readTree(out.toByteArray());
      try (TokenBuffer tree = new TokenBuffer(MAPPER, false)) {
        JSON.write(a, tree, blocks);
        assertThat(streamed).isEqualTo(MAPPER.readTree(tree.asParser()));
      }
      assertThat(streamed.get("mentions")).isNotEmpty();
      for (JsonNode m : streamed.get("mentions")) {
        Stream<String> inBlock =
            m.get("field").asText().equals("body")
                ? Stream.of("section", "blockId")
                : Stream.empty();
        assertThat(fieldNames(m))
            .containsExactlyElementsOf(
                Stream.concat(
                        Stream.of(
                            "field",
                            "start",
                            "end",
                            "text",
                            "role",
                            "category",
                            "orientation",
                            "weight",
                            "phraseId",
                            "explanation",
                            "negated"),
                        inBlock)
                    .toList());
      }
      assertThat(streamed.get("profile").get("evidence")).isNotEmpty();
      for (JsonNode e : streamed.get("profile").get("evidence")) {
        assertThat(fieldNames(e))
            .containsExactly(
                "phraseId",
                "role",
                "category",
                "explanation",
                "text",
                "start",
                "end",
                "count",
                "contribution",
                "blockId");
      }
    }
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesMentionOffsetsThatIndexTheOriginalText() throws IOException {
    String body = posting("emoji-accents.txt");
    JsonNode root = analyse("Product Manager", body);
    for (JsonNode m : root.get("mentions")) {
      if (m.get("field").asText().equals("body")) {
        assertThat(body.substring(m.get("start").asInt(), m.get("end").asInt()))
            .isEqualTo(m.get("text").asText());
      }
    }
  }

  @Test
  void listsAtMostTheMaxMentionsAndSaysTheListIsTruncated() throws IOException {
    var analysis =
        analyzer.analyze(
            "Product Owner", "Own the product backlog. Write user stories. ".repeat(50));
    java.io.StringWriter out = new java.io.StringWriter();
    try (var g = MAPPER.getFactory().createGenerator(out)) {
      JSON.write(analysis, g, BodySpans.AS_IS, 7);
    }
    JsonNode root = MAPPER.readTree(out.toString());
    assertThat(root.get("mentions")).hasSize(7);
    assertThat(root.get("mentionCount").asInt())
        .isEqualTo(analysis.mentions().size())
        .isGreaterThan(7);
    assertThat(root.get("truncated").asBoolean()).isTrue();
    assertThat(root.get("mentions").get(0).get("field").asText()).isEqualTo("title");
  }
}
