package io.rolelens.analyzer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

  @Test
  void loadsTheTableInFileOrderSkippingCommentsAndBlankLines() {
    Map<String, String> table = WordTable.load(WordTableTest.class, "ordered.properties");

    assertThat(table)
        .containsExactly(
            Map.entry("zebra", "last letter"),
            Map.entry("apple", "first letter"),
            Map.entry("middle", "a = b"),
            Map.entry("arrow", "title → body"));
    assertThatThrownBy(() -> table.put("new", "word"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesALineWithoutAnEqualsSignNamingTheLine() {
    assertThatThrownBy(() -> WordTable.load(WordTableTest.class, "unequal.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unequal.properties, line 2");
  }

  @Test
  void refusesAKeySeenBefore() {
    assertThatThrownBy(() -> WordTable.load(WordTableTest.class, "repeated.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void saysWhichTableIsMissing() {
    assertThatThrownBy(() -> WordTable.load(WordTableTest.class, "absent.properties"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("absent.properties is missing");
  }

  @Test
  void foldsBritishSpellingsFromTheBundledTable() {
    assertThat(TermNormalizer.americanSpelling("programme")).isEqualTo("program");
    assertThat(TermNormalizer.americanSpelling("travelling")).isEqualTo("traveling");
  }
}
