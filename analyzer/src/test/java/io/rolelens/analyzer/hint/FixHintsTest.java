package io.rolelens.analyzer.hint;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.section.SectionKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixHintsTest {
  private static final RoleAnalyzer ANALYZER = RoleAnalyzer.builder().build();

  private static final String PO_BODY =
      "We are hiring for our payments team.\n\nResponsibilities\n"
          + "- Own the product backlog and prioritize backlog items every sprint.\n"
          + "- Write user stories with clear acceptance criteria.\n"
          + "- Run sprint planning and backlog refinement with the Scrum team.\n"
          + "- Track milestones and report status to stakeholders.\n";

  @Test
  void aProductOwnerBodyUnderAProductManagerTitleGetsBothWaysToAgree() {
    Analysis analysis = ANALYZER.analyze("Senior Product Manager", PO_BODY);

    FixHints hints = FixHints.of(analysis);

    assertThat(hints.retitle().title()).isEqualTo("Senior Product Owner");
    assertThat(hints.titleRoles()).containsExactly(Role.PRODUCT_MANAGER);
    assertThat(hints.otherRolePhrases().keySet())
        .containsExactly(Role.PROJECT_MANAGER, Role.PRODUCT_OWNER);
    List<Mention> po =
        hints.otherRolePhrases().get(Role.PRODUCT_OWNER).get(SectionKind.RESPONSIBILITIES);
    assertThat(po).extracting(Mention::text).startsWith("Own the product backlog");
    assertThat(hints.missingDuties().get(Role.PRODUCT_MANAGER))
        .containsExactly(
            SeedDuty.PRODUCT_VISION, SeedDuty.CUSTOMER_VALUE, SeedDuty.BALANCE, SeedDuty.OUTCOMES);
    assertThat(hints.isEmpty()).isFalse();
  }

  @Test
  void aConsistentPostingHasNoPhrasesOfAnotherRoleToMove() {
    Analysis analysis =
        ANALYZER.analyze(
            "Product Owner",
            PO_BODY.replace("- Track milestones and report status to stakeholders.\n", ""));

    FixHints hints = FixHints.of(analysis);

    assertThat(hints.retitle()).isNull();
    assertThat(hints.otherRolePhrases()).isEmpty();
    assertThat(hints.missingDuties().get(Role.PRODUCT_OWNER))
        .containsExactly(SeedDuty.CUSTOMER_VOICE);
  }

  @Test
  void everyDutyCategoryBelongsToExactlyOneSeedDutyOfItsRole() {
    for (Category c : Category.values()) {
      List<SeedDuty> owners =
          Arrays.stream(SeedDuty.values()).filter(d -> d.categories().contains(c)).toList();
      boolean duty = c.isEvidence() && c != Category.ROLE_EXPERIENCE && !c.isCertification();
      assertThat(owners).as(c.id()).hasSize(duty ? 1 : 0);
      owners.forEach(d -> assertThat(c.allows(d.role())).as(c.id()).isTrue());
    }
  }
}
