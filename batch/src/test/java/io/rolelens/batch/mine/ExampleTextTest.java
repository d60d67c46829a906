package io.rolelens.batch.mine;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.text.TermNormalizer;
import io.rolelens.analyzer.text.TokenizedText;
import io.rolelens.analyzer.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Example lines: the sentence around the phrase, whitespace collapsed, trimmed at words, the phrase
 * marked.
 */
class ExampleTextTest {
  @Test
  void aShortSentenceIsShownWholeWithThePhraseMarked() {
    String sentence = "You will  shape the pricing\nnarrative with sales";
    int start = sentence.indexOf("shape");

    assertThat(ExampleText.marked(sentence, start, sentence.indexOf(" with")))
        .isEqualTo("You will **shape the pricing narrative** with sales");
  }

  @Test
  void aLongSentenceIsCutAtWordsOnBothSidesAroundThePhrase() {
    String sentence = "word ".repeat(60) + "drive adoption" + " more".repeat(60);
    int start = sentence.indexOf("drive");

    String line = ExampleText.marked(sentence, start, start + "drive adoption".length());

    assertThat(line)
        .startsWith("…word ")
        .endsWith(" more…")
        .contains(" **drive adoption** ")
        .hasSizeBetween(ExampleText.WIDTH - 10, ExampleText.WIDTH + 6);
  }

  @Test
  void aPhraseNearTheStartGivesItsRoomToTheRest() {
    String sentence = "Own " + "drive adoption" + " across the product".repeat(20);

    String line = ExampleText.marked(sentence, 4, 18);

    assertThat(line)
        .startsWith("Own **drive adoption** across")
        .endsWith("…")
        .hasSizeGreaterThan(ExampleText.WIDTH - 10);
  }

  @Test
  void theSentenceEndsWhereTheAnalyzerEndsIt() {
    TokenizedText tokens =
        new Tokenizer(new TermNormalizer())
            .tokenize("Own the launch. Metrics follow: weekly, in review");

    assertThat(ExampleText.sentenceStart(tokens, 4)).isEqualTo(3);
    assertThat(ExampleText.sentenceEnd(tokens, 3)).isEqualTo(4);
    assertThat(ExampleText.sentenceEnd(tokens, 0)).isEqualTo(2);
    assertThat(ExampleText.sentenceEnd(tokens, 5)).isEqualTo(tokens.size() - 1);
  }
}
