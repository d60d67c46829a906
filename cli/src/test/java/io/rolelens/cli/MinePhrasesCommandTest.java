package io.rolelens.cli;

import static io.rolelens.cli.MineFixture.PLANTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rolelens mine-phrases on a small index written for it, in-process. */
class MinePhrasesCommandTest {
  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheFixture() {
    index = MineFixture.indexed(MineFixture.SCORED, dir, "index");
  }

  /** The rows of a TSV run, each as column name to cell. */
  static List<Map<String, String>> rows(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
    return lines.subList(1, lines.size()).stream()
        .map(
            line -> {
              String[] cells = line.split("\t", -1);
              return IntStream.range(0, header.size())
                  .boxed()
                  .collect(Collectors.toMap(header::get, i -> cells[i]));
            })
        .toList();
  }

  @Test
  void
      aPlantedPhraseRanksFirstWithItsPostingsCountedOnceEachAndDuplicatesAndOtherLanguagesLeftOut() {
    List<Map<String, String>> rows =
        rows(MineFixture.mine(index, "--title-role", "product_manager", "--format", "tsv"));

    Map<String, String> first = rows.get(0);
    assertThat(first.get("phrase")).isEqualTo(PLANTED);
    assertThat(first.get("normalized")).isEqualTo("shape the price narrative");
    // Five of the six English, non-duplicate Product Manager postings; none of the ten others.
    assertThat(
            List.of(
                first.get("foreground_postings"),
                first.get("foreground_total"),
                first.get("background_postings"),
                first.get("background_total")))
        .containsExactly("5", "6", "0", "10");
    assertThat(Double.parseDouble(first.get("g2")))
        .isCloseTo(14.47, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void theTextListingShowsScoreCountsBothSidesAndWhatWasLeftOut() {
    CliRun run = MineFixture.mine(index, "--title-role", "product_manager");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Foreground: 6 product_manager postings used; left out 1 duplicates, 1 not English, 0"
                + " without a description.")
        .contains(
            "Background: 10 rest postings used; left out 0 duplicates, 0 not English, 0 without a"
                + " description.")
        .contains("Dunning's log-likelihood G²")
        .containsPattern(
            "   1 +14\\.5  5/6 \\(83\\.3%\\) +0/10 \\(0\\.0%\\) +shape the pricing narrative "
                + " \\[shape the price narrative\\]");
    assertThat(run.lastLine())
        .isEqualTo(
            "listed=1 candidates=3 skipped_known=1 skipped_role_names=1 foreground=6"
                + " background=10");
    assertThat(run.err()).contains("mine-phrases: ").contains("done");
  }

  @Test
  void examplesAreThreeSentencesFromDifferentPostingsWithThePhraseMarkedAndTrimmed() {
    Map<String, String> first =
        rows(MineFixture.mine(index, "--title-role", "product_manager", "--format", "tsv")).get(0);

    List<String> examples =
        List.of(first.get("example_1"), first.get("example_2"), first.get("example_3"));
    assertThat(examples)
        .allSatisfy(
            e ->
                assertThat(e.toLowerCase(Locale.ROOT))
                    .contains("**" + PLANTED + "**")
                    .doesNotContain(". ")
                    .hasSizeLessThan(200));
    assertThat(first.get("example_ids").split(","))
        .hasSize(3)
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("pm-[1-5]"));
  }

  @Test
  void aPhraseTheLexiconMatchesIsLeftOutThoughItScoresHighest() throws Exception {
    List<Map<String, String>> bundled =
        rows(MineFixture.mine(index, "--title-role", "product_manager", "--format", "tsv"));
    // A lexicon without the product-vision entry lets the same phrase through, at the top.
    Path lexicon =
        Files.writeString(
            dir.resolve("small-lexicon.txt"),
            """
            lexicon-version: 2026.1.0

            [pm.roadmap.own-roadmap]
            role: product_manager
            category: roadmap
            orientation: outcome
            weight: 2.0
            explanation: Owning the roadmap is Product Manager work.
            pattern: own:VERB roadmap
            example: You will own the roadmap.
            """);
    List<Map<String, String>> small =
        rows(
            MineFixture.mine(
                index,
                "--title-role",
                "product_manager",
                "--format",
                "tsv",
                "--lexicon",
                lexicon.toString()));

    assertThat(bundled)
        .extracting(r -> r.get("phrase"))
        .noneMatch(p -> p.contains("product vision"));
    assertThat(small.get(0).get("phrase")).isEqualTo("define the product vision");
    assertThat(small.get(0).get("foreground_postings")).isEqualTo("6");
  }

  @Test
  void phrasesAroundARoleNameAreLeftOutUnlessAskedFor() {
    List<Map<String, String>> plain =
        rows(MineFixture.mine(index, "--title-role", "product_manager", "--format", "tsv"));
    List<Map<String, String>> asked =
        rows(
            MineFixture.mine(
                index, "--title-role", "product_manager", "--format", "tsv", "--role-names"));

    assertThat(plain).extracting(r -> r.get("phrase")).doesNotContain("senior product manager");
    assertThat(asked)
        .extracting(r -> r.get("phrase"))
        .containsExactly("senior product manager", PLANTED);
  }

  @Test
  void phrasesNeverCrossASentenceEnd() {
    // "Own the launch. Metrics follow …": launch and metrics stand side by side in five postings.
    List<Map<String, String>> everything =
        rows(
            MineFixture.mine(
                index,
                "--title-role",
                "product_manager",
                "--format",
                "tsv",
                "--n",
                "1..4",
                "--min-score",
                "0",
                "--top",
                "1000",
                "--role-names"));

    assertThat(everything)
        .extracting(r -> r.get("normalized"))
        .contains("launch", "metric")
        .noneMatch(p -> p.contains("launch metric"));
  }

  @Test
  void againstAnotherRoleTheBackgroundIsThatRoleOnly() {
    Map<String, String> first =
        rows(MineFixture.mine(
                index,
                "--title-role",
                "product_manager",
                "--against",
                "project_manager",
                "--format",
                "tsv"))
            .get(0);

    assertThat(first.get("phrase")).isEqualTo(PLANTED);
    assertThat(first.get("background_postings") + "/" + first.get("background_total"))
        .isEqualTo("0/4");
  }

  @Test
  void theCountsHoldUnderATurkishDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      // Lower-casing "PRICING" with the Turkish locale gives a dotless ı; one posting writes the
      // phrase in capitals.
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Map<String, String> first =
          rows(MineFixture.mine(index, "--title-role", "product_manager", "--format", "tsv"))
              .get(0);
      assertThat(first.get("phrase") + " " + first.get("foreground_postings"))
          .isEqualTo(PLANTED + " 5");
    } finally {
      Locale.setDefault(before);
    }
  }
}
