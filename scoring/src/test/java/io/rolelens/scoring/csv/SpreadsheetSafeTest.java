package io.rolelens.scoring.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {
  @Test
  void textThatASpreadsheetWouldRunGetsAQuoteInFront() {
    assertThat(SpreadsheetSafe.protect("=HYPERLINK(\"http://evil.example\",\"click\")"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(SpreadsheetSafe.protect("+1")).isEqualTo("'+1");
    assertThat(SpreadsheetSafe.protect("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetSafe.protect("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetSafe.protect("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetSafe.protect("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void ordinaryTextAndEmptyCellsStayAsTheyAre() {
    assertThat(SpreadsheetSafe.protect("Product Manager")).isEqualTo("Product Manager");
    assertThat(SpreadsheetSafe.protect("a=b")).isEqualTo("a=b");
    assertThat(SpreadsheetSafe.protect("")).isEmpty();
  }

  @Test
  void aCellThatAlreadyStartsWithAQuoteGetsAnotherSoRestoringIsExact() {
    for (String text : new String[] {"'quoted'", "''", "=1", "'=1", "plain", "", "-0.500", "'"}) {
      assertThat(SpreadsheetSafe.restore(SpreadsheetSafe.protect(text))).as(text).isEqualTo(text);
    }
    assertThat(SpreadsheetSafe.protect("'quoted'")).isEqualTo("''quoted'");
  }

  @Test
  void restoringTakesOffExactlyOneQuoteAndLeavesNumbersAlone() {
    assertThat(SpreadsheetSafe.restore("''x")).isEqualTo("'x");
    assertThat(SpreadsheetSafe.restore("-0.500")).isEqualTo("-0.500");
    assertThat(SpreadsheetSafe.restore("0.333")).isEqualTo("0.333");
  }
}
