package io.rolelens.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisCacheTest {
  static Analysis sample;

  @BeforeAll
  static void analyseOnce() {
    sample = RoleAnalyzer.builder().partOfSpeech(false).build().analyze("Product Owner", "Own the product backlog.");
  }

  @Test
  void evictsTheLeastRecentlyUsedAnalysisBeyondItsSize() {
    AnalysisCache cache = new AnalysisCache(2, "v1");
    AtomicInteger analyses = new AtomicInteger();
    cache.get("", "a", () -> count(analyses));
    cache.get("", "b", () -> count(analyses));
    cache.get("", "a", () -> count(analyses));
    cache.get("", "c", () -> count(analyses));
    assertThat(cache.size()).isEqualTo(2);
    cache.get("", "a", () -> count(analyses));
    assertThat(analyses).hasValue(3);
    cache.get("", "b", () -> count(analyses));
    assertThat(analyses).hasValue(4);
    assertThat(cache.hits()).isEqualTo(2);
  }

  @Test
  void keysOnTitleTextAndLexiconVersion() {
    AnalysisCache cache = new AnalysisCache(10, "v1");
    assertThat(cache.key("ab", "c")).isNotEqualTo(cache.key("a", "bc"));
    assertThat(cache.key("t", "x")).isNotEqualTo(new AnalysisCache(10, "v2").key("t", "x"));
    assertThat(cache.key("t", "x")).isEqualTo(new AnalysisCache(3, "v1").key("t", "x")).hasSize(64);
  }

  @Test
  void analysesEveryTimeWhenTurnedOff() {
    AnalysisCache cache = new AnalysisCache(0, "v1");
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
