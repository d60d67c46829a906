package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Fixtures.Posting;
import io.rolelens.analyzer.json.AnalysisJson;
import io.rolelens.analyzer.match.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reruns the analysis under the Turkish locale, where {@code "I".toLowerCase()} is a dotless ı and
 * {@code "i".toUpperCase()} a dotted İ, to catch case conversions that forget {@code Locale.ROOT}.
 */
class TurkishLocaleTest {
  static RoleAnalyzer analyzer;
  static final AnalysisJson JSON = new AnalysisJson();
  static final String CAPITALS =
      "YOU WILL PRIORITIZE THE BACKLOG AND WRITE USER STORIES WITH THE DEVELOPERS. "
          + "KEEP THE ISSUE LOG AND THE RISK REGISTER, AND MANAGE THE PROJECT BUDGET. "
          + "IT IS IMPORTANT THAT YOU DEFINE SUCCESS METRICS AND OWN THE PRODUCT VISION.";

  @BeforeAll
  static void buildAnalyzer() {
    analyzer = RoleAnalyzer.builder().build();
  }

  static List<String> analyseAll() {
    List<String> out = new ArrayList<>();
    for (Posting p : Fixtures.all()) {
      out.add(JSON.write(analyzer.analyze(p.title(), p.body())));
    }
    out.add(JSON.write(analyzer.analyze("SENIOR PRODUCT MANAGER İSTANBUL", CAPITALS)));
    out.add(JSON.write(analyzer.analyze("PROJECT MANAGER", CAPITALS.toLowerCase(Locale.ROOT))));
    return out;
  }

  static <T> T underTurkish(Supplier<T> work) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.of("tr", "TR"));
    try {
      return work.get();
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void writesTheSameJsonUnderTheTurkishLocale() {
    Locale saved = Locale.getDefault();
    List<String> root;
    Locale.setDefault(Locale.ROOT);
    try {
      root = analyseAll();
    } finally {
      Locale.setDefault(saved);
    }
    List<String> turkish = underTurkish(TurkishLocaleTest::analyseAll);
    assertThat(turkish).hasSameSizeAs(root);
    for (int i = 0; i < root.size(); i++) {
      assertThat(turkish.get(i)).as("analysis %d", i).isEqualTo(root.get(i));
    }
  }

  @Test
  void matchesCapitalisedPhrasesWithCapitalIUnderTheTurkishLocale() {
    Analysis a = underTurkish(() -> analyzer.analyze("PRODUCT OWNER", CAPITALS));
    assertThat(a.mentions())
        .extracting(Mention::text)
        .contains("PRIORITIZE THE BACKLOG", "ISSUE LOG", "WRITE USER STORIES");
    assertThat(a.title().expectedRoles()).containsExactly(Role.PRODUCT_OWNER);
  }

  @Test
  void readsACapitalisedTitleTheSameUnderTheTurkishLocale() {
    String title = "SENIOR DIGITAL PRODUCT OWNER / PRODUCT MANAGER (İ)";
    assertThat(underTurkish(() -> analyzer.readTitle(title))).isEqualTo(analyzer.readTitle(title));
    assertThat(underTurkish(() -> analyzer.readTitle(title)).hybrid()).isTrue();
  }
}
