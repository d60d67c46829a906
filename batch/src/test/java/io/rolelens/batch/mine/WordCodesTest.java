package io.rolelens.batch.mine;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.text.TermNormalizer;
import io.rolelens.analyzer.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a phrase may run on from one word to the next, and where it must stop. */
class WordCodesTest {
  /** The text's words with a bar wherever a phrase must stop. */
  static String runs(String text) {
    Vocabulary words = new Vocabulary();
    var tokens = new Tokenizer(new TermNormalizer()).tokenize(text);
    int[] codes = WordCodes.encode(tokens, words);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      parts.add(
          (i > 0 && !WordCodes.joined(codes[i]) ? "| " : "")
              + words.form(WordCodes.word(codes[i])));
    }
    return String.join(" ", parts);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      value = {
        "Own the launch. Metrics follow       => own the launch | metric follow",
        "Requirements: SQL, Python and R      => requirement | sql | python and r",
        "Run A/B tests on the P&L             => run a b test on the p l",
        "a cross-functional, end-to-end team  => a cross functional | end to end team",
        "Plan (and track) the budget – weekly => plan | and track | the budget | weekly",
        "Prioritising the Product's backlogs  => prioritize the product backlog"
      })
  void phrasesStopAtSentenceEndsCommasBracketsAndDashesButNotInsideWords(
      String text, String expected) {
    assertThat(runs(text)).isEqualTo(expected);
  }
}
