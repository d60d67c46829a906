package io.rolelens.analyzer.lexicon;

import static io.rolelens.analyzer.lexicon.LexiconValidationTest.VERSION;
import static io.rolelens.analyzer.lexicon.LexiconValidationTest.entry;
import static io.rolelens.analyzer.lexicon.LexiconValidationTest.failure;
import static io.rolelens.analyzer.lexicon.LexiconValidationTest.good;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rolelens.analyzer.match.PhraseTagger;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lexicon past one of the {@link LexiconLimits} fails at load, fast, naming the line and entry.
 */
class LexiconLimitsTest {
  /** {@code count} optional words before one required word, such as {@code w1? w2? x}. */
  static String optionalWords(int count) {
    return words(count, "?") + "x";
  }

  /** {@code count} distinct words, each followed by {@code suffix} and a space. */
  static String words(int count, String suffix) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      s.append('w').append(i).append(suffix).append(' ');
    }
    return s.toString();
  }

  /** A two-word pattern whose first word has {@code count} alternatives. */
  static String alternatives(int count) {
    return words(count, "|").replace("| ", "|").replaceAll("\\|$", "") + " backlog";
  }

  static String withPattern(String pattern) {
    return VERSION
        + entry(
            "po.backlog.big",
            "product_owner",
            "backlog_ownership",
            "2",
            "Why it matters.",
            pattern);
  }

  @Test
  void refusesAPatternOfFortyOptionalWordsWellUnderASecondNamingItsLine() {
    String text =
        VERSION
            + "\n".repeat(50)
            + entry(
                "pm.vision.x",
                "product_manager",
                "vision_strategy",
                "2",
                "Why.",
                optionalWords(40));
    LexiconException e = assertTimeoutPreemptively(Duration.ofMillis(500), () -> failure(text));
    assertThat(e.problems())
        .containsExactly(
            "line 58: entry pm.vision.x: pattern has 40 optional words; at most 8 are allowed");
    assertThat(e.getMessage())
        .isEqualTo(
            "invalid lexicon test.txt: line 58: entry pm.vision.x: pattern has 40 optional words;"
                + " at most 8 are allowed");
  }

  static Stream<Arguments> atTheLimit() {
    return Stream.of(
        Arguments.of("8 optional words", optionalWords(LexiconLimits.MAX_OPTIONAL_WORDS), 256),
        Arguments.of("16 words", words(LexiconLimits.MAX_PATTERN_WORDS, "").strip(), 1),
        Arguments.of(
            "32 alternatives for one word", alternatives(LexiconLimits.MAX_ALTERNATIVES), 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atTheLimit")
  void loadsAndCompilesAPatternAtEachLimit(String what, String pattern, int variants) {
    Lexicon lexicon = Lexicon.parse(withPattern(pattern), "test.txt");
    assertThat(PatternSpec.parse(pattern).variantCount()).isEqualTo(variants);
    assertThat(new PhraseTagger(lexicon, null)).as("compiles").isNotNull();
  }

  static Stream<Arguments> onePastTheLimit() {
    return Stream.of(
        Arguments.of(
            "9 optional words",
            optionalWords(9),
            "pattern has 9 optional words; at most 8 are allowed"),
        Arguments.of(
            "17 words", words(17, "").strip(), "pattern has 17 words; at most 16 are allowed"),
        Arguments.of(
            "33 alternatives for one word",
            alternatives(33),
            "word 1 of the pattern has 33 alternatives; at most 32 are allowed"),
        Arguments.of(
            "optional words named before the words they add to",
            optionalWords(20),
            "pattern has 20 optional words; at most 8 are allowed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onePastTheLimit")
  void refusesAPatternOnePastEachLimitNamingLineAndEntry(
      String what, String pattern, String message) {
    assertThat(failure(withPattern(pattern)).problems())
        .containsExactly("line 8: entry po.backlog.big: " + message);
  }

  @Test
  void refusesTheLexiconAtThePatternThatTakesItPastTwentyThousandVariants() {
    int full = LexiconLimits.MAX_VARIANTS / 256;
    String text =
        withPattern(
            optionalWords(8)
                + "\npattern: "
                + optionalWords(8)
                + ("\npattern: " + optionalWords(8)).repeat(full - 1));
    assertThat(failure(text).problems())
        .containsExactly(
            "line "
                + (8 + full)
                + ": entry po.backlog.big: the patterns up to this one expand to 20,224 compiled"
                + " variants; at most 20,000 are allowed in a lexicon");
    String atLimit =
        withPattern(optionalWords(8) + ("\npattern: " + optionalWords(8)).repeat(full - 1));
    assertThat(Lexicon.parse(atLimit, "test.txt").patternCount()).isEqualTo(full);
  }

  @Test
  void refusesALineOverTwoThousandCharacters() {
    String text = VERSION + good("po.backlog.own") + "example: " + "x".repeat(1_992) + "\n";
    assertThat(failure(text).problems())
        .containsExactly("line 10: line is 2,001 characters long; at most 2,000 are allowed");
    assertThat(
            Lexicon.parse(
                    VERSION + good("po.backlog.own") + "example: " + "x".repeat(1_991) + "\n", "t")
                .entries())
        .hasSize(1);
  }

  @Test
  void refusesMoreThanFiveThousandEntriesAndStopsReading() {
    StringBuilder text = new StringBuilder(VERSION);
    for (int i = 0; i <= LexiconLimits.MAX_ENTRIES; i++) {
      text.append(good("po.backlog.e" + i));
    }
    int lastHeader = 2 + LexiconLimits.MAX_ENTRIES * 8;
    assertThat(failure(text.toString()).problems())
        .containsExactly(
            "line " + lastHeader + ": this is entry 5,001; at most 5,000 entries are allowed");
  }

  @Test
  void refusesTextOverTwoMebibytesBeforeReadingIt() {
    String text = "#".repeat(LexiconLimits.MAX_SIZE + 1);
    assertThat(failure(text).getMessage())
        .isEqualTo("test.txt holds 2,097,153 characters; a lexicon may hold at most 2,097,152");
  }

  @Test
  void stopsAfterAHundredProblemsAndListsTwentyOfThem() {
    String text = VERSION + "not a lexicon line\n".repeat(1_000) + good("po.backlog.own");
    LexiconException e = failure(text);
    assertThat(e.problems())
        .hasSize(101)
        .last()
        .isEqualTo("line 102: stopped reading here after 100 problems");
    assertThat(e.getMessage().lines()).hasSize(22).last().isEqualTo("  ... and 81 more problems");
  }
}
