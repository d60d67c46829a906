package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolelens.analyzer.json.AnalysisJson;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad or strange input gives a PostingException naming the problem, or a graceful unclear result.
 */
class BadInputTest {
  static RoleAnalyzer analyzer;
  static final String DUTIES =
      "You will own the product backlog and write user stories with the developers. ";

  @BeforeAll
  static void buildAnalyzer() {
    analyzer = RoleAnalyzer.builder().build();
  }

  /** Analyses and checks the invariants every result keeps, whatever the input. */
  static Analysis analyzeSafely(String title, String body) {
    Analysis a = analyzer.analyze(title, body);
    for (Mention m : a.mentions()) {
      String original = m.field() == Field.TITLE ? (title == null ? "" : title) : body;
      assertThat(original.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    for (Evidence e : a.profile().evidence()) {
      assertThat(a.mentions())
          .as("evidence %s at %d-%d is a listed mention", e.text(), e.start(), e.end())
          .anyMatch(m -> m.field() == Field.BODY && m.start() == e.start() && m.end() == e.end());
    }
    assertThat(new AnalysisJson().write(a)).isNotBlank();
    return a;
  }

  @Test
  void showsNoEvidenceForABodyTooShortToTellItsLanguageAsItListsNoMentionOfIt() {
    Analysis a = analyzeSafely("Product Manager", "Own the product roadmap.");
    assertThat(a.bodyStatus()).isEqualTo(BodyStatus.THIN);
    assertThat(a.mentions()).allMatch(m -> m.field() == Field.TITLE);
    assertThat(a.profile().evidence()).isEmpty();
    assertThat(a.outcomeOutputIndex()).isZero();
  }

  @Test
  void rejectsANullBodyNamingTheProblem() {
    assertThatThrownBy(() -> analyzer.analyze("Product Manager", null))
        .isExactlyInstanceOf(PostingException.class)
        .hasMessageContaining("body is null");
  }

  @Test
  void acceptsANullTitle() {
    Analysis a = analyzeSafely(null, DUTIES.repeat(3));
    assertThat(a.title().text()).isEmpty();
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(a.bodyRole()).isEqualTo(Role.PRODUCT_OWNER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   \n\t\r\n  ", "\u00A0\u2003\u3000"})
  void readsEmptyAndWhitespaceBodiesAsUnclear(String body) {
    Analysis a = analyzeSafely("Product Manager", body);
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(a.confusionScore()).isNull();
    assertThat(a.mentions()).filteredOn(m -> m.field() == Field.BODY).isEmpty();
  }

  @Test
  void rejectsAFiveMegabyteBodyNamingItsSizeAndTheLimit() {
    String body = "a".repeat(5_000_000);
    assertThatThrownBy(() -> analyzer.analyze("Product Manager", body))
        .isExactlyInstanceOf(PostingException.class)
        .hasMessageContaining("5,000,000")
        .hasMessageContaining("1,000,000");
  }

  @Test
  void acceptsALargeBodyWhenTheLimitIsRaised() {
    RoleAnalyzer roomy = RoleAnalyzer.builder().maxBodyChars(6_000_000).partOfSpeech(false).build();
    StringBuilder body = new StringBuilder(5_000_100);
    while (body.length() < 5_000_000) {
      body.append(DUTIES);
    }
    Analysis a = roomy.analyze("Product Owner", body.toString());
    assertThat(a.verdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void rejectsATitleOfFiveThousandCharacters() {
    assertThatThrownBy(
            () -> analyzer.analyze("Product Manager ".repeat(313).substring(0, 5000), DUTIES))
        .isExactlyInstanceOf(PostingException.class)
        .hasMessageContaining("title has 5,000 characters")
        .hasMessageContaining("1,000");
  }

  @Test
  void rejectsANonPositiveLimitInTheBuilder() {
    assertThatThrownBy(() -> RoleAnalyzer.builder().maxBodyChars(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBodyChars");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void readsBinaryGarbageAsUnclear(int seed) {
    byte[] bytes = new byte[20_000];
    new Random(seed).nextBytes(bytes);
    String body = new String(bytes, StandardCharsets.ISO_8859_1);
    Analysis a = analyzeSafely("Product Manager", body);
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
  }

  @Test
  void readsNulCharactersAsUnclear() {
    Analysis a = analyzeSafely("Product Manager\u0000", "\u0000".repeat(1000) + "pmp\u0000scrum");
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
  }

  @Test
  void readsAnEmojiOnlyBodyAsUndeterminedAndUnclear() {
    Analysis a =
        analyzeSafely("Product Manager", "\uD83D\uDE80\uD83C\uDDE8\uD83C\uDDED\u2728 ".repeat(500));
    assertThat(a.language().code()).isEqualTo("und");
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
  }

  @Test
  void readsAnRtlOnlyBodyAsNotEnglishAndUnclear() {
    String arabic = "نحن نبحث عن مدير مشروع لإدارة الجدول الزمني والميزانية والموارد مع الفريق. ";
    String hebrew = "אנחנו מחפשים מנהל פרויקטים שינהל את לוח הזמנים והתקציב של הצוות. ";
    Analysis a = analyzeSafely("Project Manager", (arabic + hebrew).repeat(10));
    assertThat(a.language().isEnglish()).isFalse();
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(a.bodyRole()).isNull();
    assertThat(a.mentions()).filteredOn(m -> m.field() == Field.BODY).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "\uDC00", "\uDC00\uD800", "x\uD83D", "\uD83Dx"})
  void survivesLoneSurrogatesAnywhere(String surrogate) {
    String lone = surrogate.replace("x", "");
    String body = surrogate + " " + DUTIES.replace(" ", lone + " ").repeat(3) + surrogate;
    Analysis a = analyzeSafely(surrogate + "Product Owner" + surrogate, body);
    assertThat(a.bodyRole()).isEqualTo(Role.PRODUCT_OWNER);
  }

  @Test
  void survivesAVeryLongSingleWord() {
    String word = "product".repeat(15_000).substring(0, 100_000);
    Analysis a = analyzeSafely("Product Owner", DUTIES + word + " " + DUTIES);
    assertThat(a.mentions()).noneMatch(m -> m.text().length() > 1000);
    assertThat(analyzeSafely("Product Owner", word).verdict()).isEqualTo(Verdict.UNCLEAR);
  }

  @Test
  void survivesAVeryLongRunOfCaseChanges() {
    String word = "aBc".repeat(30_000);
    assertThat(analyzeSafely("Product Owner", word).verdict()).isEqualTo(Verdict.UNCLEAR);
  }
}
