package io.rolelens.analyzer.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.PhraseTagger;
import io.rolelens.analyzer.score.Profiler;
import io.rolelens.analyzer.score.RoleProfile;
import org.junit.jupiter.api.Test;

class CalibrationWeightsTest {
  static final String ENTRIES =
      """
      [pm.roadmap.own-roadmap]
      role: product_manager
      category: roadmap
      orientation: outcome
      weight: 2.0
      explanation: Owning the roadmap means deciding what the product does next and why.
      pattern: own roadmap
      example: Own the roadmap.

      [pjm.milestones.track-milestones]
      role: project_manager
      category: milestones
      orientation: output
      weight: 2.0
      explanation: Tracking milestones keeps a project plan on schedule.
      pattern: track milestone
      example: Track milestones.
      """;

  static RoleProfile profile(String header) {
    Lexicon lexicon = Lexicon.parse(header + ENTRIES, "test");
    PhraseTagger tagger = new PhraseTagger(lexicon, null);
    return new Profiler(lexicon)
        .profile(tagger.tag("Own the roadmap. Track milestones.", Field.BODY).mentions());
  }

  @Test
  void weighsEvidenceByItsCategoryAndRole() {
    RoleProfile plain = profile("lexicon-version: 2026.11.1\n");
    RoleProfile calibrated =
        profile(
            "lexicon-version: 2026.11.1\n"
                + "category-weight: milestones 0.5\n"
                + "role-weight: product_manager 1.5\n");

    assertThat(plain.share(Role.PROJECT_MANAGER)).isEqualTo(0.5);
    assertThat(calibrated.weights().get(Role.PROJECT_MANAGER)).isEqualTo(1.0);
    assertThat(calibrated.weights().get(Role.PRODUCT_MANAGER)).isEqualTo(3.0);
  }

  @Test
  void namesTheLineOfAnUnknownCategoryWeight() {
    assertThatThrownBy(
            () ->
                Lexicon.parse(
                    "lexicon-version: 2026.11.1\ncategory-weight: vibes 0.5\n" + ENTRIES, "test"))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining(
            "line 2: category-weight must look like 'scrum_events 0.8', was 'vibes 0.5'");
  }

  @Test
  void defaultsEveryWeightToOne() {
    Lexicon lexicon = Lexicon.parse("lexicon-version: 2026.11.1\n" + ENTRIES, "test");

    for (Category c : Category.values()) {
      assertThat(lexicon.categoryWeight(c)).isEqualTo(1.0);
    }
    assertThat(Lexicon.bundled().categoryWeight(Category.SCRUM_EVENTS)).isEqualTo(1.0);
  }
}
