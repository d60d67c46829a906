package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolelens.analyzer.nlp.AmbiguousVerbs;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An analysis holds to its time budget, and text built to be slow stays cheap. */
class TimeBudgetTest {
  static RoleAnalyzer unlimited;

  @BeforeAll
  static void build() {
    unlimited = RoleAnalyzer.builder().build();
  }

  @Test
  void stopsAnAnalysisThatRunsPastItsBudgetNamingTheBudgetAndTheStep() {
    RoleAnalyzer strict = RoleAnalyzer.builder().timeBudget(Duration.ofNanos(1)).build();
    assertThatThrownBy(
            () ->
                strict.analyze(
                    "Product Manager", "Own the product roadmap and the vision. ".repeat(200)))
        .isInstanceOf(AnalysisTimeoutException.class)
        .isInstanceOf(PostingException.class)
        .hasMessageContaining("longer than its budget of 0 ms")
        .hasMessageContaining("while reading words");
  }

  @Test
  void analysesOrdinaryPostingsWithinAShortBudget() {
    RoleAnalyzer budgeted = RoleAnalyzer.builder().timeBudget(Duration.ofMillis(500)).build();
    Analysis a =
        budgeted.analyze(
            "Product Owner",
            "We are hiring a Product Owner to join a Scrum team. Own the product backlog and"
                + " prioritize the backlog based on value. Write user stories with clear acceptance"
                + " criteria for the developers.");
    assertThat(a.mentions())
        .extracting(m -> m.phraseId())
        .contains("po.backlog_ownership.own-backlog");
    assertThat(a.bodyRole()).isEqualTo(Role.PRODUCT_OWNER);
  }

  @Test
  void tagsPartsOfSpeechInABoundedNumberOfWindowsSoAMegabyteOfAmbiguousVerbsStaysCheap() {
    // It took over ten seconds when every ambiguous verb got its own tagger window; with the
    // windows capped it takes well under a second (warm), so a generous budget never trips.
    RoleAnalyzer budgeted = RoleAnalyzer.builder().timeBudget(Duration.ofSeconds(8)).build();
    Analysis a = budgeted.analyze("Product Manager", AmbiguousVerbs.text(990_000, 0));
    assertThat(a.mentions()).hasSizeGreaterThan(10_000);
  }

  @Test
  void refusesANegativeBudget() {
    assertThatThrownBy(() -> RoleAnalyzer.builder().timeBudget(Duration.ofMillis(-1)))
        .hasMessageContaining("timeBudget must be zero (none) or positive");
    assertThat(unlimited.analyze("", "Own the backlog.")).isNotNull();
  }
}
