package io.rolelens.analyzer.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.match.PhraseTagger;
import io.rolelens.analyzer.nlp.NlpModels;
import io.rolelens.analyzer.nlp.PosTagging;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lexicon's duty phrases in other languages: what they read, and that English never trips them.
 */
class OtherLanguageDutiesTest {
  static RoleAnalyzer analyzer;
  static PhraseTagger tagger;

  @BeforeAll
  static void build() {
    analyzer = RoleAnalyzer.builder().build();
    tagger = new PhraseTagger(Lexicon.bundled(), new PosTagging(NlpModels.load()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "project_manager|Zu deinen Aufgaben gehören die Planung und Durchführung von IT-Projekten."
            + " Du verantwortest Termine und Budget, definierst Meilensteine und bringst Erfahrung"
            + " im Projektmanagement mit.",
        "product_owner|Du pflegst und priorisierst das Backlog deines Teams, formulierst User"
            + " Stories und Akzeptanzkriterien und stimmst dich täglich mit den Entwicklern ab.",
        "product_manager|Tu définis la vision produit et la stratégie produit, mènes des études de"
            + " marché et construis la feuille de route avec les équipes.",
        "project_manager|Serás responsable de la planificación y seguimiento de proyectos, del"
            + " control de plazos y presupuesto y de los hitos acordados con el cliente."
      })
  void judgesABodyInAnotherLanguageByTheDutiesItWordsInThatLanguage(String role, String body) {
    Analysis a = analyzer.analyze("Product Manager", body);

    assertThat(a.language().isEnglish()).isFalse();
    assertThat(a.bodyStatus()).isEqualTo(BodyStatus.OK);
    assertThat(a.bodyRole()).isEqualTo(Role.fromId(role).orElseThrow());
    assertThat(a.verdict()).isNotEqualTo(Verdict.UNCLEAR);
    assertThat(a.mentions())
        .anyMatch(m -> m.field() == Field.BODY && m.phraseId().endsWith("-other-languages"));
    assertThat(a.summary())
        .startsWith(
            "Read from its duty phrases in another language (detected: "
                + a.language().code()
                + ").");
  }

  @Test
  void leavesABodyInAnotherLanguageUnjudgedWhenOnlyBorrowedEnglishTermsPointAtARole() {
    Analysis a =
        analyzer.analyze(
            "Product Manager",
            "Buscamos un responsable de producto que defina la visión y la estrategia de nuestra"
                + " plataforma. Trabajarás con los equipos de ingeniería y diseño, priorizarás el"
                + " Product Backlog y hablarás con los clientes para entender sus necesidades. Se"
                + " valorará la certificación CSPO.");

    assertThat(a.bodyStatus()).isEqualTo(BodyStatus.NOT_ENGLISH);
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(a.bodyRole()).isNull();
    assertThat(a.profile().bestGuess()).isEqualTo(Role.PRODUCT_OWNER);
    assertThat(a.mentions()).allMatch(m -> m.field() == Field.TITLE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "You will set the vision for the product and the strategy behind it.",
        "Strong project management and planning skills; manage the budget and deadlines.",
        "Analyse the market, research users and respect tight deadlines within budget.",
        "Own the product backlog, write user stories and acceptance criteria, plan the roadmap.",
        "Projects run from planning to execution with milestones, timelines and cost control."
      })
  void neverReadsEnglishTextAsAnotherLanguage(String english) {
    assertThat(tagger.tag(english, Field.BODY).mentions())
        .extracting(Mention::phraseId)
        .noneMatch(id -> id.endsWith("-other-languages"));
  }
}
