package io.rolelens.scoring.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolelens.analyzer.Role;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReportTalliesTest {
  private final List<TalliedPosting> postings =
      IntStream.range(0, 40)
          .mapToObj(
              i ->
                  Postings.titledProductManager(
                      "p" + i,
                      i % 2 == 0 ? "2025Q1" : "2025Q2",
                      i % 3 == 0 ? Role.PRODUCT_OWNER : Role.PRODUCT_MANAGER,
                      (i * 7) % 101))
          .toList();

  @Test
  void talliesOfTwoHalvesAddUpToTheTalliesOfTheWhole() {
    ReportTallies whole = new ReportTallies(3);
    postings.forEach(whole::add);
    ReportTallies first = new ReportTallies(3);
    ReportTallies second = new ReportTallies(3);
    postings.subList(0, 17).forEach(first::add);
    postings.subList(17, postings.size()).forEach(second::add);

    first.addAll(second);

    assertThat(first.tables()).isEqualTo(whole.tables());
    assertThat(first.examples()).isEqualTo(whole.examples());
  }

  @Test
  void keepsTheMostConfusedExamplesOfEachQuarterAndKindThenById() {
    ReportTallies tallies = new ReportTallies(2);
    postings.forEach(tallies::add);

    List<ExamplePosting> kept =
        tallies.examples().get(List.of("2025Q1", "product_manager->product_owner"));
    List<Integer> scores =
        postings.stream()
            .filter(p -> p.quarter().equals("2025Q1") && p.otherRole())
            .map(TalliedPosting::confusion)
            .sorted((a, b) -> b - a)
            .limit(2)
            .toList();
    assertThat(kept).extracting(ExamplePosting::confusion).isEqualTo(scores);
  }

  @Test
  void countsADuplicateApartFromEverythingElse() {
    TalliedPosting p = postings.get(0);
    ReportTallies tallies = new ReportTallies(1);
    tallies.add(
        new TalliedPosting(
            p.id(),
            p.title(),
            p.company(),
            p.location(),
            p.seniority(),
            p.quarter(),
            p.datePosted(),
            p.titleRole(),
            p.bodyRole(),
            p.bodyStatus(),
            p.shares(),
            p.verdict(),
            p.confusion(),
            p.suggestedTitle(),
            p.outcomeOutput(),
            p.evidence(),
            true));

    assertThat(tallies.table(Tally.DUPLICATES).rows()).containsOnlyKeys(List.of("2025Q1"));
    assertThat(tallies.table(Tally.MATRIX).size()).isZero();
    assertThat(tallies.examples()).isEmpty();
  }

  @Test
  void countsEachPhraseOncePerPostingButEveryTextMention() {
    ReportTallies tallies = new ReportTallies(1);
    tallies.add(postings.get(0));

    assertThat(tallies.table(Tally.CERTIFICATIONS).rows().keySet())
        .containsExactly(
            List.of("2025Q1", "product_manager", "pjm.pjm_certifications.pmp"),
            List.of("2025Q1", "product_manager", "po.po_certifications.cspo"));
    assertThat(tallies.table(Tally.DRIVING_PHRASES).rows().keySet())
        .containsExactly(
            List.of("2025Q1", "product_manager->product_owner", "po.backlog_ownership.own-backlog"),
            List.of("2025Q1", "product_manager->product_owner", "po.po_certifications.cspo"));
  }

  @Test
  void sumsEachRolesShareInThousandthsAndCountsEachVerdict() {
    ReportTallies tallies = new ReportTallies(1);
    tallies.add(postings.get(0));
    tallies.add(postings.get(2));

    assertThat(tallies.table(Tally.SHARES).rows().get(List.of("2025Q1", "product_manager")))
        .containsExactly(2, 1000, 250, 750);
    assertThat(tallies.table(Tally.VERDICTS).rows())
        .containsOnlyKeys(List.of("2025Q1", "product_manager", "consistent"));
  }

  @Test
  void refusesToAddTalliesThatKeptFewerExamples() {
    assertThatThrownBy(() -> new ReportTallies(5).addAll(new ReportTallies(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keep 3 example(s)");
  }

  @Test
  void refusesATableRowOfTheWrongShape() {
    TallyTable table = new TallyTable("t", List.of("quarter"), List.of("postings"));

    assertThatThrownBy(() -> table.add(List.of("2025Q1", "x"), 1))
        .hasMessage("t takes 1 key(s) and 1 count(s), was given 2 and 1");
  }
}
