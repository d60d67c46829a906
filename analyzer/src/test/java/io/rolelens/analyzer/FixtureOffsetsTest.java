package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Fixtures.Posting;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.Verdict;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every mention's offsets index exactly into the original title or body of every fixture. */
class FixtureOffsetsTest {
  static RoleAnalyzer analyzer;

  @BeforeAll
  static void buildAnalyzer() {
    analyzer = RoleAnalyzer.builder().build();
  }

  static List<Posting> fixtures() {
    return Fixtures.all();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyMentionsOffsetsIndexItsTextExactly(Posting p) {
    Analysis a = analyzer.analyze(p.title(), p.body());
    for (Mention m : a.mentions()) {
      String original = m.field() == Field.TITLE ? p.title() : p.body();
      assertThat(m.start()).as("%s start", m).isGreaterThanOrEqualTo(0).isLessThan(m.end());
      assertThat(m.end()).as("%s end", m).isLessThanOrEqualTo(original.length());
      assertThat(original.substring(m.start(), m.end())).as("%s", m).isEqualTo(m.text());
    }
    for (Evidence e : a.profile().evidence()) {
      assertThat(p.body().substring(e.start(), e.end())).as("%s", e).isEqualTo(e.text());
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void listsTitleMentionsFirstThenBodyMentionsByOffset(Posting p) {
    List<Mention> mentions = analyzer.analyze(p.title(), p.body()).mentions();
    List<Mention> title = mentions.stream().filter(m -> m.field() == Field.TITLE).toList();
    List<Mention> body = mentions.stream().filter(m -> m.field() == Field.BODY).toList();
    assertThat(mentions.subList(0, title.size())).isEqualTo(title);
    assertThat(body).isSortedAccordingTo((x, y) -> Integer.compare(x.start(), y.start()));
    for (int i = 1; i < body.size(); i++) {
      assertThat(body.get(i).start()).as("overlap").isGreaterThanOrEqualTo(body.get(i - 1).end());
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void findsRolePhrasesInEveryFixture(Posting p) {
    Analysis a = analyzer.analyze(p.title(), p.body());
    assertThat(a.language().isEnglish()).as("language %s", a.language()).isTrue();
    assertThat(a.mentions())
        .filteredOn(m -> m.field() == Field.BODY)
        .hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void readsTheProductManagerPostingAsConsistent() {
    Analysis a = analyze("pm-payments.txt");
    assertThat(a.bodyRole()).isEqualTo(Role.PRODUCT_MANAGER);
    assertThat(a.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(a.outcomeOutputIndex()).isPositive();
  }

  @Test
  void readsTheProjectManagerPostingAsConsistent() {
    Analysis a = analyze("pjm-office-move.txt");
    assertThat(a.bodyRole()).isEqualTo(Role.PROJECT_MANAGER);
    assertThat(a.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(a.outcomeOutputIndex()).isNegative();
  }

  @Test
  void readsTheProductOwnerPostingAsConsistent() {
    Analysis a = analyze("po-scrum-team.txt");
    assertThat(a.bodyRole()).isEqualTo(Role.PRODUCT_OWNER);
    assertThat(a.verdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void flagsAProductManagerTitleOverAProjectManagerBodyAsMismatch() {
    Analysis a = analyze("pm-title-pjm-body.txt");
    assertThat(a.title().expectedRoles()).containsExactly(Role.PRODUCT_MANAGER);
    assertThat(a.bodyRole()).isEqualTo(Role.PROJECT_MANAGER);
    assertThat(a.verdict()).isEqualTo(Verdict.MISMATCH);
    assertThat(a.confusionScore()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void readsBulletsAndCrlfLinesAsSeparateSentences() {
    Posting p = fixture("crlf-bullets.txt");
    assertThat(p.body()).contains("\r\n\u2022 ").contains("\r\n\u2013 ");
    Analysis a = analyzer.analyze(p.title(), p.body());
    assertThat(a.bodyRole()).isEqualTo(Role.PRODUCT_OWNER);
    assertThat(a.mentions()).noneMatch(m -> m.text().contains("\r") || m.text().contains("\n"));
    assertThat(a.mentions())
        .filteredOn(m -> m.text().equals("PMP"))
        .singleElement()
        .satisfies(m -> assertThat(m.negated()).isTrue());
  }

  @Test
  void keepsOffsetsAfterEmojiAndAccentsInUtf16Units() {
    Posting p = fixture("emoji-accents.txt");
    Analysis a = analyzer.analyze(p.title(), p.body());
    int vision = p.body().indexOf("product vision");
    assertThat(a.mentions())
        .filteredOn(m -> m.field() == Field.BODY && m.text().contains("product vision"))
        .singleElement()
        .satisfies(m -> assertThat(m.end()).isEqualTo(vision + "product vision".length()));
    assertThat(a.bodyRole()).isEqualTo(Role.PRODUCT_MANAGER);
  }

  private static Analysis analyze(String name) {
    Posting p = fixture(name);
    return analyzer.analyze(p.title(), p.body());
  }

  private static Posting fixture(String name) {
    return Fixtures.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }
}
