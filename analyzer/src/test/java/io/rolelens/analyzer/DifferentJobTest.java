package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.otherjob.OtherJobCue;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A body that describes a different job, end to end through the analyzer. */
class DifferentJobTest {
  static RoleAnalyzer analyzer;

  @BeforeAll
  static void buildAnalyzer() {
    analyzer = RoleAnalyzer.builder().build();
  }

  @Test
  void callsADataAnalystsBodyAnotherJobAndItsProjectManagerTitleAMismatch() {
    Analysis a = analyzer.analyze("Project Manager", Fixtures.body("other-data-analyst.txt"));
    assertThat(a.bodyStatus()).isEqualTo(BodyStatus.OTHER_JOB);
    assertThat(a.bodyRole()).isNull();
    assertThat(a.confidence()).isZero();
    assertThat(a.verdict()).isEqualTo(Verdict.MISMATCH);
    assertThat(a.confusionScore()).isEqualTo(100);
    assertThat(a.otherJob().mainJob().id()).isEqualTo("data_analysis");
    assertThat(a.summary())
        .startsWith(
            "The title says Project Manager, but the body describes a different job, mostly"
                + " data analysis and data science: it names ")
        .contains("\u201Cdatasets\u201D");
    assertThat(a.suggestedTitle().title()).isNull();
    assertThat(a.suggestedTitle().reason()).contains("another job");
  }

  @Test
  void leavesAnotherJobUnclearUnderATitleNamingNoRole() {
    Analysis a = analyzer.analyze("Data Analyst", Fixtures.body("other-data-analyst.txt"));
    assertThat(a.bodyStatus()).isEqualTo(BodyStatus.OTHER_JOB);
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(a.confusionScore()).isNull();
    assertThat(a.suggestedTitle()).isNull();
    assertThat(a.summary()).startsWith("The body describes a different job");
  }

  @Test
  void callsACareHomeManagersBodyAnotherJobThoughItNamesNoRoleDutyAtAll() {
    Analysis a = analyzer.analyze("Project Manager", Fixtures.body("other-care-home.txt"));
    assertThat(a.profile().sufficient()).isFalse();
    assertThat(a.bodyStatus()).isEqualTo(BodyStatus.OTHER_JOB);
    assertThat(a.otherJob().mainJob().id()).isEqualTo("care");
    assertThat(a.verdict()).isEqualTo(Verdict.MISMATCH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "pm-payments.txt",
        "pjm-office-move.txt",
        "po-scrum-team.txt",
        "pm-title-pjm-body.txt"
      })
  void leavesEveryRolePostingAsRoleWork(String name) {
    Analysis a = analyzer.analyze("Product Manager", Fixtures.body(name));
    assertThat(a.bodyStatus()).isEqualTo(BodyStatus.OK);
    assertThat(a.bodyRole()).isNotNull();
  }

  @Test
  void callsAThinBodyThinAndANonEnglishOneNotEnglish() {
    assertThat(analyzer.analyze("Product Manager", "Join our team in Leeds.").bodyStatus())
        .isEqualTo(BodyStatus.THIN);
    Analysis foreign =
        analyzer.analyze(
            "Product Manager",
            "Procuramos um analista de dados para a nossa equipa em Lisboa. Vai trabalhar com SQL,"
                + " Python e Tableau todos os dias, criar relatórios e apoiar as equipas de vendas"
                + " e finanças com análises estatísticas.");
    assertThat(foreign.bodyStatus()).isEqualTo(BodyStatus.NOT_ENGLISH);
    assertThat(foreign.otherJob().count()).isZero();
  }

  @Test
  void keepsEachCuesOffsetsExactAfterEmojiAndAccents() {
    String body =
        "\uD83D\uDE80 You will work with the data team of our café chain in Zürich \u00E9quipe. You"
            + " will use Python \uD83D\uDC0D, SQL, Tableau and statistics to write the reports that"
            + " our managers read each week.";
    Analysis a = analyzer.analyze("Product Manager", body);
    assertThat(a.otherJob().cues())
        .extracting(OtherJobCue::text)
        .containsExactly("Python", "SQL", "Tableau", "statistics");
    for (OtherJobCue cue : a.otherJob().cues()) {
      assertThat(body.substring(cue.start(), cue.end())).isEqualTo(cue.text());
    }
  }
}
