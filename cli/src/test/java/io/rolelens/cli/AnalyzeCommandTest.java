package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  static final String BODY =
      "Own and order the product backlog for a Scrum team. Write user stories with acceptance"
          + " criteria and set the sprint goal in sprint planning. No PMP required.";

  @TempDir Path dir;

  @Test
  void printsTheAnalysisContractAsJson() throws Exception {
    Path file = dir.resolve("posting.txt");
    Files.writeString(file, BODY, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("analyze", "--title", "Senior Product Manager", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("title").get("role").asText()).isEqualTo("product_manager");
    assertThat(json.get("title").get("seniority").asText()).isEqualTo("senior");
    assertThat(json.get("bodyRole").asText()).isEqualTo("product_owner");
    assertThat(json.get("verdict").asText()).isEqualTo("mismatch");
    assertThat(json.get("confusionScore").asInt()).isBetween(1, 100);
    assertThat(json.get("language").asText()).isEqualTo("eng");
    assertThat(json.get("lexiconVersion").asText()).isNotBlank();
    for (JsonNode m : json.get("mentions")) {
      String source = m.get("field").asText().equals("title") ? "Senior Product Manager" : BODY;
      assertThat(source.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
    assertThat(json.get("mentions"))
        .anySatisfy(
            m -> {
              assertThat(m.get("text").asText()).isEqualTo("PMP");
              assertThat(m.get("negated").asBoolean()).isTrue();
            });
  }

  @Test
  void analysesTheBundledExamplePostingExactlyAsTheGoldenFile() throws Exception {
    CliRun run = CliRun.of("analyze", "--title", "Product Manager", Examples.POSTING.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Examples.updateIfAsked("posting.analysis.json", run.out());
    String golden = Examples.golden("posting.analysis.json");
    if (golden != null) {
      assertThat(run.out()).isEqualTo(golden);
    }
  }

  @Test
  void readsThePostingFromStandardInputWithADash() throws Exception {
    CliRun run =
        CliRun.withInput(
            new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)),
            "analyze",
            "--compact",
            "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().strip()).doesNotContain("\n");
    assertThat(new ObjectMapper().readTree(run.out()).get("title").get("role").asText())
        .isEqualTo("other");
  }

  @Test
  void namesAMissingFile() {
    CliRun run = CliRun.of("analyze", dir.resolve("nope.txt").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no such file").contains("nope.txt").doesNotContain("Exception");
  }

  @Test
  void refusesTextThatIsNotUtf8() throws Exception {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xFF});
    CliRun run = CliRun.of("analyze", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("not valid UTF-8");
  }

  @Test
  void refusesAPostingOverTheSizeLimitNamingTheLimit() throws Exception {
    Path file = dir.resolve("huge.txt");
    Files.writeString(file, "backlog ".repeat(200_000), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("analyze", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("1,600,000 characters").contains("limit of 1,000,000");
  }

  @Test
  void rejectsAnUnknownOptionAsUsageError() {
    CliRun run = CliRun.of("analyze", "--colour");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--colour");
  }
}
