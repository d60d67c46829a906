package io.rolelens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuartersTest {
  @Test
  void namesAQuarterWithAFourDigitYearThatItReadsBackAsAQuarter() {
    assertThat(Quarters.of(LocalDate.of(2025, 8, 14))).isEqualTo("2025Q3");
    assertThat(Quarters.of(LocalDate.of(999, 2, 1))).isEqualTo("0999Q1");
    assertThat(Quarters.isQuarter(Quarters.of(LocalDate.of(999, 2, 1)))).isTrue();
  }

  @Test
  void theQuarterBeforeTheFirstOfAYearIsTheLastOfTheYearBefore() {
    assertThat(Quarters.previous("2025Q1")).isEqualTo("2024Q4");
    assertThat(Quarters.previous("2025Q3")).isEqualTo("2025Q2");
    assertThat(Quarters.previous("1000Q1")).isEqualTo("0999Q4");
  }
}
