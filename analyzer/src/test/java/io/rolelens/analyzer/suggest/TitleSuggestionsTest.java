package io.rolelens.analyzer.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.otherjob.OtherJob;
import io.rolelens.analyzer.otherjob.OtherJobCue;
import io.rolelens.analyzer.otherjob.OtherJobEvidence;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.analyzer.title.TitleReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The title that fits a flagged posting's body, and why. */
class TitleSuggestionsTest {
  static final TitleReader TITLES = new TitleReader();

  /** A profile holding one evidence item per (category, weight) pair. */
  static RoleProfile profile(Object... categoryWeights) {
    Map<Role, Double> weights = new EnumMap<>(Role.class);
    List<Evidence> evidence = new ArrayList<>();
    double total = 0;
    for (int i = 0; i < categoryWeights.length; i += 2) {
      Category c = (Category) categoryWeights[i];
      double w = ((Number) categoryWeights[i + 1]).doubleValue();
      Role role = roleOf(c);
      weights.merge(role, w, Double::sum);
      total += w;
      evidence.add(new Evidence("x." + i, role, c, "text", 0, 4, 1, w, "why"));
    }
    evidence.sort((a, b) -> Double.compare(b.contribution(), a.contribution()));
    return new RoleProfile(weights, total, 0, 0, evidence);
  }

  static Role roleOf(Category c) {
    for (Role r : Role.values()) {
      if (c.allows(r) && c != Category.SELF_LABEL) {
        return r;
      }
    }
    throw new IllegalArgumentException(c.id());
  }

  static SuggestedTitle suggest(String title, RoleProfile profile, Verdict verdict) {
    return TitleSuggestions.suggest(
        TITLES.read(title), profile, BodyStatus.OK, OtherJobEvidence.NONE, verdict);
  }

  static void assertSuggests(String title, RoleProfile profile, String suggested, String reason) {
    SuggestedTitle s = suggest(title, profile, Verdict.MISMATCH);
    assertThat(s.title()).isEqualTo(suggested);
    assertThat(s.reason()).isEqualTo(reason);
  }

  @Test
  void suggestsTheBodysRoleKeepingTheSeniorityAndNamesItsHeaviestDutiesFromTheSeed() {
    assertSuggests(
        "Senior Product Manager",
        profile(
            Category.BACKLOG_OWNERSHIP,
            5.0,
            Category.USER_STORIES_ACCEPTANCE,
            3.0,
            Category.SCRUM_EVENTS,
            1.0),
        "Senior Product Owner",
        "The duties are mostly ordering the backlog and writing user stories and acceptance"
            + " criteria, which the seed gives to a Product Owner.");
  }

  @Test
  void suggestsAHybridWhenNoRoleHoldsAClearMajority() {
    assertSuggests(
        "Project Manager",
        profile(Category.ROADMAP, 5.0, Category.BACKLOG_OWNERSHIP, 4.0, Category.MILESTONES, 1.0),
        "Product Manager / Product Owner",
        "The duties split between owning the roadmap, which the seed gives to a Product Manager,"
            + " and ordering the backlog, which it gives to a Product Owner.");
  }

  @Test
  void suggestsTheHybridForAMixedPostingWhoseTitleNamesOneOfItsRoles() {
    RoleProfile mixed = profile(Category.VISION_STRATEGY, 5.0, Category.BACKLOG_OWNERSHIP, 4.5);
    assertThat(suggest("Lead Product Manager", mixed, Verdict.MIXED).title())
        .isEqualTo("Lead Product Manager / Product Owner");
  }

  @Test
  void suggestsNothingWhenTheFittingRolesAreTheTitles() {
    RoleProfile mixed = profile(Category.VISION_STRATEGY, 5.0, Category.BACKLOG_OWNERSHIP, 4.5);
    assertThat(suggest("Product Manager / Product Owner", mixed, Verdict.MIXED)).isNull();
  }

  @ParameterizedTest
  @EnumSource(
      value = Verdict.class,
      names = {"CONSISTENT", "UNCLEAR"})
  void suggestsNothingForAPostingThatIsNotFlagged(Verdict verdict) {
    assertThat(suggest("Product Manager", profile(Category.BACKLOG_OWNERSHIP, 5.0), verdict))
        .isNull();
  }

  @ParameterizedTest(name = "{0} -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sr. Product Manager, Payments     | Sr. Product Owner",
        "Senior Staff Product Manager      | Senior Staff Product Owner",
        "Associate Product Manager         | Associate Product Owner",
        "Head of Product                   | Product Owner",
        "Product Manager Intern            | Product Owner",
        "Product Manager                   | Product Owner",
      })
  void keepsTheTitlesOwnSeniorityWordsButNotRanksOfAnotherShape(String title, String suggested) {
    assertThat(suggest(title, profile(Category.BACKLOG_OWNERSHIP, 5.0), Verdict.MISMATCH).title())
        .isEqualTo(suggested);
  }

  @Test
  void suggestsNoRoleTitleForAnotherJobButSaysWhy() {
    OtherJob data = new OtherJob("data_analysis", "data analysis and data science");
    OtherJobEvidence cues =
        new OtherJobEvidence(
            List.of(
                new OtherJobCue(data, "SQL", 0, 3),
                new OtherJobCue(data, "Python", 4, 10),
                new OtherJobCue(data, "Tableau", 11, 18)));
    SuggestedTitle s =
        TitleSuggestions.suggest(
            TITLES.read("Project Manager"),
            profile(Category.MILESTONES, 1.0),
            BodyStatus.OTHER_JOB,
            cues,
            Verdict.MISMATCH);
    assertThat(s.title()).isNull();
    assertThat(s.reason())
        .isEqualTo(
            "The body describes another job, mostly data analysis and data science, so no"
                + " Product Manager, Project Manager or Product Owner title fits it.");
  }

  @ParameterizedTest
  @EnumSource(value = Category.class, names = "SELF_LABEL", mode = EnumSource.Mode.EXCLUDE)
  void namesADutyForEveryCategoryOfEvidence(Category category) {
    assertThat(Duties.of(category)).isNotBlank().doesNotEndWith(".");
  }
}
