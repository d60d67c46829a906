package io.rolelens.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.score.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReportFactsTest {
  private static PostingFacts titled(String id, String quarter, String role) {
    return new PostingFacts(
        id,
        "A title",
        "",
        "",
        "",
        quarter,
        role,
        Optional.empty(),
        Optional.empty(),
        Verdict.UNCLEAR,
        null,
        "",
        null,
        List.of(),
        false);
  }

  private final PostingFacts pm = titled("1", "2025-Q1", "product_manager");
  private final PostingFacts po = titled("2", "2025-Q1", "product_owner");
  private final PostingFacts later = titled("3", "2025-Q2", "product_manager");
  private final ReportFacts facts =
      new ReportFacts(
          null,
          new TreeSet<>(List.of("2025-Q1", "2025-Q2")),
          Map.of("2025-Q1", List.of(pm, po), "2025-Q2", List.of(later)),
          List.of(pm, po, later),
          List.of(pm, po, later));

  @Test
  void givesThePostingsInScopeTitledARole() {
    assertThat(facts.titled("product_manager")).containsExactly(pm, later);
    assertThat(facts.titled("project_manager")).isEmpty();
  }

  @Test
  void countsTheFiguresOfARoleInAQuarterAndNoneInAQuarterWithoutPostings() {
    assertThat(facts.stats("2025-Q1", "product_manager").postings()).isEqualTo(1);
    assertThat(facts.stats("2025-Q2", "product_owner").postings()).isZero();
    assertThat(facts.stats("2024-Q4", "product_manager").postings()).isZero();
  }
}
