package io.rolelens.server.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyBudgetTest {
  static final long KB = 1024;
  static final long MB = 1024 * KB;

  @Test
  void refusesALargeBodyThatWouldPassTheClientsShareOrTheLargeBodiesShare() {
    BodyBudget budget = new BodyBudget(8 * MB, 2 * MB);
    assertThat(budget.tryReserve("a", MB)).isNotNull();
    assertThat(budget.tryReserve("a", MB)).isNotNull();
    assertThat(budget.tryReserve("a", MB)).as("client a's share is spent").isNull();
    assertThat(budget.tryReserve("b", MB)).isNotNull();
    assertThat(budget.tryReserve("b", MB)).isNotNull();
    assertThat(budget.tryReserve("c", MB)).isNotNull();
    assertThat(budget.tryReserve("c", MB)).isNotNull();
    assertThat(budget.tryReserve("d", MB))
        .as("three quarters of 8 MB are spent on large bodies")
        .isNull();
    assertThat(budget.tryReserve("d", 64 * KB)).as("a small body still fits").isNotNull();
  }

  @Test
  void keepsAQuarterForOrdinaryPostingsWhileLargeBodiesFillTheRest() {
    BodyBudget budget = new BodyBudget(8 * MB, 8 * MB);
    for (int i = 0; i < 6; i++) {
      assertThat(budget.tryReserve("flood", MB)).isNotNull();
    }
    assertThat(budget.tryReserve("flood", MB)).isNull();
    for (int i = 0; i < 400; i++) {
      assertThat(budget.tryReserve("flood", 5 * KB)).as("ordinary posting %d", i).isNotNull();
    }
  }

  @Test
  void givesBytesBackOnceWhenAReservationClosesTwice() {
    BodyBudget budget = new BodyBudget(MB, MB);
    BodyBudget.Reservation r = budget.tryReserve("a", 600 * KB);
    assertThat(budget.tryReserve("a", 200 * KB)).isNull();
    r.close();
    r.close();
    assertThat(budget.inFlight()).isZero();
    assertThat(budget.tryReserve("a", 700 * KB)).isNotNull();
  }

  @Test
  void refusesABudgetTooSmallToKeepAQuarterForSmallBodies() {
    assertThatThrownBy(() -> new BodyBudget(100 * KB, MB))
        .hasMessageContaining("at least 262144 bytes");
  }
}
