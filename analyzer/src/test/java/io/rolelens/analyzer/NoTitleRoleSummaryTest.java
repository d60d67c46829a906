package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.score.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A body read as a role under a title that names none of the three: the summary says why. */
class NoTitleRoleSummaryTest {
  static RoleAnalyzer analyzer;

  @BeforeAll
  static void buildAnalyzer() {
    analyzer = RoleAnalyzer.builder().build();
  }

  @Test
  void saysThereIsNoTitleToCompareWithWhenTheTitleIsBlank() {
    Analysis a = analyzer.analyze("", Fixtures.body("po-scrum-team.txt"));

    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(a.summary())
        .startsWith("There is no title to compare the body with, so there is no verdict.")
        .contains("The duties read as");
  }

  @Test
  void saysTheTitleNamesNoneOfTheRolesWhenItNamesAnotherJob() {
    Analysis a = analyzer.analyze("Team Lead", Fixtures.body("po-scrum-team.txt"));

    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(a.summary())
        .startsWith(
            "The title names none of Product Manager, Project Manager or Product Owner, so there"
                + " is no verdict.");
  }
}
