package io.rolelens.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.score.Verdict;
import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.TalliedPosting;
import io.rolelens.scoring.tally.Tally;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFactsTest {
  private static TalliedPosting titled(String id, String quarter, String role) {
    return new TalliedPosting(
        id,
        "A title",
        "Acme",
        "(none)",
        "(none)",
        quarter,
        "",
        role,
        Optional.empty(),
        Optional.empty(),
        java.util.Map.of(),
        Verdict.UNCLEAR,
        null,
        "",
        null,
        List.of(),
        false);
  }

  private final ReportTallies tallies = new ReportTallies(1);

  {
    tallies.add(titled("1", "2025Q1", "product_manager"));
    tallies.add(titled("2", "2025Q1", "product_owner"));
    tallies.add(titled("3", "2025Q2", "product_manager"));
    tallies.add(titled("4", "(none)", "product_manager"));
    tallies.add(titled("5", "2025Q2", "scrum_master"));
  }

  @Test
  void countsThePostingsInScopeTitledARoleUndatedOnesIncludedWhenEveryQuarterIs() {
    ReportFacts all = new ReportFacts(tallies, null);
    ReportFacts first = new ReportFacts(tallies, "2025Q1");

    assertThat(all.titled("product_manager")).isEqualTo(3);
    assertThat(first.titled("product_manager")).isEqualTo(1);
    assertThat(all.titled("project_manager")).isZero();
    assertThat(all.quarters()).containsExactly("2025Q1", "2025Q2");
  }

  @Test
  void countsTheFiguresOfARoleInAQuarterAndNoneInAQuarterWithoutPostings() {
    ReportFacts facts = new ReportFacts(tallies, null);

    assertThat(facts.stats("2025Q1", "product_manager").postings()).isEqualTo(1);
    assertThat(facts.stats("2025Q2", "product_owner").postings()).isZero();
    assertThat(facts.stats("2024Q4", "product_manager").postings()).isZero();
  }

  @Test
  void sumsATableOverTheQuartersInScope() {
    ReportFacts facts = new ReportFacts(tallies, null);

    assertThat(facts.scoped(Tally.GROUPS, List.of("product_manager", "company")))
        .containsOnlyKeys(List.of("Acme"))
        .allSatisfy((key, counts) -> assertThat(counts[0]).isEqualTo(3));
  }
}
