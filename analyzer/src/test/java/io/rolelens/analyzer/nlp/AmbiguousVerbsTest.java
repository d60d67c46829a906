package io.rolelens.analyzer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmbiguousVerbsTest {

  @Test
  void writesAboutTheAskedLengthOfPhrasesAfterTheSeed() {
    String text = AmbiguousVerbs.text(1_000, 3);

    assertThat(text).startsWith("3 ").hasSizeBetween(1_000, 1_020).doesNotContain(".");
    assertThat(text).contains("drive impact", "own outcomes", "lead the team");
  }

  @Test
  void givesDifferentSeedsDifferentTexts() {
    assertThat(AmbiguousVerbs.text(200, 0)).isNotEqualTo(AmbiguousVerbs.text(200, 1));
    assertThat(AmbiguousVerbs.text(200, 0)).isEqualTo(AmbiguousVerbs.text(200, 0));
  }
}
