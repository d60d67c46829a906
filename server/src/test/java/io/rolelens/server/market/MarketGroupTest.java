package io.rolelens.server.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarketGroupTest {
  private static MarketGroup scored(int... scores) {
    MarketGroup.Tally tally = new MarketGroup.Tally();
    for (int s : scores) {
      tally.add(false, false, s);
    }
    return tally.build();
  }

  @Test
  void placesAScoreByTheShareBelowItCountingEqualOnesAsHalf() {
    MarketGroup g = scored(40, 10, 30, 20);
    assertThat(g.percentile(5)).isZero();
    assertThat(g.percentile(25)).isEqualTo(50);
    assertThat(g.percentile(30)).isEqualTo(63); // 2 below, 1 equal: 2.5 of 4
    assertThat(g.percentile(99)).isEqualTo(100);
  }

  @Test
  void aPostingLikeAllTheOthersSitsInTheMiddle() {
    assertThat(scored(70, 70, 70).percentile(70)).isEqualTo(50);
  }

  @Test
  void hasNoPercentileWhenNoPostingWasScored() {
    MarketGroup.Tally tally = new MarketGroup.Tally();
    tally.add(true, true, null);
    MarketGroup g = tally.build();
    assertThat(g.percentile(50)).isNull();
    assertThat(g.postings()).isEqualTo(1);
    assertThat(g.readAsAnotherRole()).isEqualTo(1);
    assertThat(g.flagged()).isEqualTo(1);
  }

  @Test
  void namesQuartersAsTheScorerDoes() {
    assertThat(io.rolelens.scoring.Quarters.of(java.time.LocalDate.of(2025, 8, 14)))
        .isEqualTo("2025Q3");
    assertThat(io.rolelens.scoring.Quarters.of(java.time.LocalDate.of(2026, 1, 1)))
        .isEqualTo("2026Q1");
    assertThat(io.rolelens.scoring.Quarters.of(java.time.LocalDate.of(2026, 12, 31)))
        .isEqualTo("2026Q4");
  }
}
