package io.rolelens.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisCacheTest {
  static final long MB = 1024 * 1024;
  static RoleAnalyzer analyzer;
  static Analysis sample;

  @BeforeAll
  static void analyseOnce() {
    analyzer = RoleAnalyzer.builder().partOfSpeech(false).build();
    sample = analyzer.analyze("Product Owner", "Own the product backlog.");
  }

  @Test
  void answersARepeatedPostingFromTheCache() {
    AnalysisCache cache = new AnalysisCache(10, MB, "v1");
    AtomicInteger analyses = new AtomicInteger();
    cache.get("", "a", () -> count(analyses));
    cache.get("", "b", () -> count(analyses));
    cache.get("", "a", () -> count(analyses));
    assertThat(analyses).hasValue(2);
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(cache.misses()).isEqualTo(2);
  }

  @Test
  void keepsNoMoreAnalysesThanItsCount() {
    AnalysisCache cache = new AnalysisCache(3, 64 * MB, "v1");
    for (int i = 0; i < 50; i++) {
      cache.get("", "posting " + i, () -> sample);
    }
    assertThat(cache.size()).isLessThanOrEqualTo(3);
  }

  @Test
  void keepsNoMoreBytesThanItsBudgetHoweverFewTheAnalyses() {
    // Mention-heavy analyses of long texts: each weighs far more than an ordinary one.
    Analysis heavy = analyzer.analyze("Product Owner", "Own the product backlog. ".repeat(4000));
    long weight = AnalysisCache.weight(heavy);
    assertThat(weight).isGreaterThan(100 * AnalysisCache.weight(sample));
    AnalysisCache cache = new AnalysisCache(1024, 48 * weight, "v1");
    for (int i = 0; i < 100; i++) {
      cache.get("", "heavy posting " + i, () -> heavy);
    }
    assertThat(cache.size()).isBetween(1L, 48L);
  }

  @Test
  void keepsNoAnalysisHeavierThanASixteenthOfItsBudget() {
    Analysis heavy = analyzer.analyze("Product Owner", "Own the product backlog. ".repeat(4000));
    AnalysisCache cache = new AnalysisCache(1024, 15 * AnalysisCache.weight(heavy), "v1");
    AtomicInteger analyses = new AtomicInteger();
    cache.get(
        "",
        "heavy",
        () -> {
          analyses.incrementAndGet();
          return heavy;
        });
    cache.get(
        "",
        "heavy",
        () -> {
          analyses.incrementAndGet();
          return heavy;
        });
    assertThat(analyses).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void keysOnTitleTextAndLexiconVersion() {
    AnalysisCache cache = new AnalysisCache(10, MB, "v1");
    assertThat(cache.key("ab", "c")).isNotEqualTo(cache.key("a", "bc"));
    assertThat(cache.key("t", "x")).isNotEqualTo(new AnalysisCache(10, MB, "v2").key("t", "x"));
    assertThat(cache.key("t", "x"))
        .isEqualTo(new AnalysisCache(3, MB, "v1").key("t", "x"))
        .hasSize(64);
  }

  @Test
  void keysOnTheExactCharsSoALoneSurrogateNeverSharesAKeyWithAQuestionMark() {
    AnalysisCache cache = new AnalysisCache(10, MB, "v1");
    assertThat(cache.key("", "Own the backlog \udc00"))
        .isNotEqualTo(cache.key("", "Own the backlog ?"));
    assertThat(cache.key("", "Own the backlog \udc00"))
        .isNotEqualTo(cache.key("", "Own the backlog \ufffd"));
    assertThat(cache.key("\ud800", "x")).isNotEqualTo(cache.key("?", "x"));
    assertThat(cache.key("", "emoji \ud83d\ude00")).isEqualTo(cache.key("", "emoji \ud83d\ude00"));
    assertThat(AnalysisCache.wellFormed("emoji \ud83d\ude00")).isTrue();
    assertThat(AnalysisCache.wellFormed("\ude00\ud83d")).isFalse();
  }

  @Test
  void analysesEveryTimeWhenTurnedOff() {
    AnalysisCache cache = new AnalysisCache(0, MB, "v1");
    AtomicInteger analyses = new AtomicInteger();
    cache.get("", "a", () -> count(analyses));
    cache.get("", "a", () -> count(analyses));
    assertThat(analyses).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  private static Analysis count(AtomicInteger counter) {
    counter.incrementAndGet();
    return sample;
  }
}
