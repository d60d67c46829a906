package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint's SARIF against the published SARIF 2.1.0 JSON schema (OASIS, a copy in test resources), and
 * the parts GitHub code scanning reads: a rule per lexicon category with help, regions in line and
 * column, the column kind.
 */
class LintSarifSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        LintSarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
  }

  @Test
  void theSarifOfTheExamplesAndOfAnUnreadableFileIsValidSarif210() throws Exception {
    Path broken = dir.resolve("broken.md");
    Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xFE});
    CliRun run =
        CliRun.of(
            "lint",
            "--no-config",
            "--format",
            "sarif",
            LintCommandTest.EXAMPLES.toString(),
            broken.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode sarif = JSON.readTree(run.out());
    List<Error> errors = schema.validate(sarif);
    assertThat(errors).isEmpty();
    JsonNode notes = sarif.at("/runs/0/invocations/0/toolExecutionNotifications");
    assertThat(notes.get(0).at("/message/text").asText())
        .contains("broken.md: not valid UTF-8 text");
  }

  @Test
  void theValidatorRejectsALogMissingWhatTheSchemaRequires() throws Exception {
    CliRun run = CliRun.of("lint", "--no-config", "--format", "sarif", LintCommandTest.MISMATCH);
    ObjectNode sarif = (ObjectNode) JSON.readTree(run.out());
    ((ObjectNode) sarif.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    sarif.remove("version");

    assertThat(schema.validate(sarif)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void everyCategoryIsARuleWithHelpAndEveryPhraseARegionInUtf16Columns() throws Exception {
    JsonNode run =
        JSON.readTree(
                CliRun.of("lint", "--no-config", "--format", "sarif", LintCommandTest.MISMATCH)
                    .out())
            .at("/runs/0");

    assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules.findValuesAsText("id"))
        .contains("backlog_ownership", "vision_strategy", "milestones", "title-body-agreement");
    assertThat(rules.get(0).at("/help/text").asText())
        .contains("Owning and setting the product vision");
    JsonNode first = run.at("/results/0");
    assertThat(first.get("ruleId").asText())
        .isEqualTo(rules.get(first.get("ruleIndex").asInt()).get("id").asText());
    JsonNode region = first.at("/locations/0/physicalLocation/region");
    assertThat(region.get("startLine").asInt()).isPositive();
    assertThat(region.get("startColumn").asInt()).isPositive();
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("examples/lint/senior-product-manager.md");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
        .isEqualTo("%SRCROOT%");
  }

  @Test
  void codePointColumnsAreSaidInTheColumnKind() throws Exception {
    JsonNode run =
        JSON.readTree(
                CliRun.of(
                        "lint",
                        "--no-config",
                        "--format",
                        "sarif",
                        "--columns",
                        "codepoint",
                        LintCommandTest.MISMATCH)
                    .out())
            .at("/runs/0");

    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
  }

  @Test
  void onlyFailingPostingsHaveResultsAndOnlyForPhrasesOfOtherRolesAndTheirVerdict()
      throws Exception {
    JsonNode run =
        JSON.readTree(
                CliRun.of(
                        "lint",
                        "--no-config",
                        "--format",
                        "sarif",
                        LintCommandTest.EXAMPLES.toString())
                    .out())
            .at("/runs/0");

    JsonNode results = run.get("results");
    assertThat(results).isNotEmpty();
    assertThat(results.findValuesAsText("uri"))
        .containsOnly("examples/lint/senior-product-manager.md");
    assertThat(results.findValuesAsText("level")).containsOnly("error");
    assertThat(results.findValuesAsText("role")).isNotEmpty().doesNotContain("product_manager");
    assertThat(results.findValuesAsText("ruleId")).containsOnlyOnce("title-body-agreement");
  }
}
