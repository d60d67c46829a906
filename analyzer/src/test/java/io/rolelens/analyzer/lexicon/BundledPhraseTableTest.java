package io.rolelens.analyzer.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.match.PhraseTagger;
import io.rolelens.analyzer.nlp.NlpModels;
import io.rolelens.analyzer.nlp.PosTagging;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typical duty phrases and the role the bundled lexicon reads in them. Asserts on roles and, where
 * the phrase obviously belongs to one, the stable entry id, never on patterns the tuner may change.
 */
class BundledPhraseTableTest {
  static PhraseTagger tagger;

  @BeforeAll
  static void compileBundledLexicon() {
    tagger = new PhraseTagger(Lexicon.bundled(), new PosTagging(NlpModels.load()));
  }

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "You will define the product vision for our payments platform.   | product_manager |",
        "Develop the product strategy for the analytics suite.          | product_manager |"
            + " pm.vision_strategy.product-strategy",
        "Own the product roadmap and share it with leadership.          | product_manager |",
        "Run customer interviews to understand their problems.          | product_manager |"
            + " pm.discovery_research.customer-interviews",
        "Lead product discovery with design and engineering.            | product_manager |"
            + " pm.discovery_research.product-discovery",
        "Define success metrics for every feature we launch.            | product_manager |",
        "Set OKRs with the leadership team.                             | product_manager |"
            + " pm.outcomes.okrs",
        "Drive adoption and retention of the mobile app.                | product_manager |",
        "Identify new market opportunities in retail.                   | product_manager |",
        "Partner with engineers and designers on the experience.        | product_manager |",
        "Find product market fit for the new offering.                  | product_manager |"
            + " pm.outcomes.product-market-fit",
        "Write the MRD and PRD for each new capability.                 | product_manager |"
            + " pm.roadmap.product-requirements",
        "Set the product direction for the payments area.               | product_manager |"
            + " pm.vision_strategy.product-strategy",
        "Manage the project schedule across three workstreams.          | project_manager |",
        "Deliver projects on time and within budget.                    | project_manager |",
        "Track milestones and report progress weekly.                   | project_manager |",
        "Manage the project budget and forecast costs.                  | project_manager |",
        "Handle change requests and prevent scope creep.                | project_manager |",
        "Write weekly status reports for the sponsor.                   | project_manager |",
        "Maintain the RAID log for the programme.                       | project_manager |"
            + " pjm.status_risk_reporting.raid-log",
        "PMP certification is a plus.                                   | project_manager |"
            + " pjm.pjm_certifications.pmp",
        "PRINCE2 Practitioner preferred.                                | project_manager |"
            + " pjm.pjm_certifications.prince2",
        "Build Gantt charts in MS Project.                              | project_manager |",
        "Coordinate cross-functional teams to deliver the plan.         | project_manager |",
        "Lead project planning for the new depot.                       | project_manager |"
            + " pjm.timelines_schedules.project-plan",
        "Five years of construction management on commercial sites.     | project_manager |"
            + " pjm.delivery_execution.construction-projects",
        "Own and prioritize the product backlog.                        | product_owner   |",
        "Write user stories with clear acceptance criteria.             | product_owner   |",
        "Facilitate sprint planning with the team.                      | product_owner   |"
            + " po.scrum_events.sprint-planning",
        "Join the sprint review and the retrospective.                  | product_owner   |",
        "Be the voice of the customer for the developers.               | product_owner   |"
            + " po.customer_voice.voice-of-customer",
        "Agree the sprint goal with the Scrum team.                     | product_owner   |",
        "Accept the work against the definition of done.                | product_owner   |",
        "A CSPO certification is required.                              | product_owner   |"
            + " po.po_certifications.cspo",
        "Break epics into user stories for the next sprint.             | product_owner   |",
        "Refine the backlog with the developers every week.             | product_owner   |",
      })
  void readsTheRoleOfATypicalDutyPhrase(String sentence, String roleId, String entryId) {
    Role role = Role.fromId(roleId).orElseThrow();
    List<Mention> mentions = tagger.tag(sentence, Field.BODY).mentions();
    assertThat(mentions)
        .as("mentions in '%s'", sentence)
        .anySatisfy(
            m -> {
              assertThat(m.role()).isEqualTo(role);
              assertThat(m.isEvidence()).isTrue();
              assertThat(sentence).contains(m.text());
              assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
            });
    if (entryId != null) {
      assertThat(mentions).extracting(Mention::phraseId).contains(entryId);
    }
    double own = weight(mentions, role);
    for (Role other : Role.values()) {
      if (other != role) {
        assertThat(weight(mentions, other))
            .as("%s weight in '%s'", other, sentence)
            .isLessThan(own);
      }
    }
  }

  private static double weight(List<Mention> mentions, Role role) {
    return mentions.stream()
        .filter(m -> m.role() == role && m.isEvidence())
        .mapToDouble(Mention::weight)
        .sum();
  }

  @ParameterizedTest(name = "not {1} <- {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Define and drive the strategy and execution plan for the operator platform. |"
            + " pjm.delivery_execution.execute-plan",
        "Proven experience in developing and executing product launch plans.         |"
            + " pjm.delivery_execution.execute-plan",
        "Collaborate with technical teams in refining requirements and technical debt. |"
            + " po.backlog_ownership.refine-backlog",
        "Lead the teams to refine, prioritize and manage requirements.               |"
            + " po.backlog_ownership.refine-backlog",
      })
  void readsGeneralBusinessWordingNotAsTheDutyItResembles(String sentence, String entryId) {
    assertThat(tagger.tag(sentence, Field.BODY).mentions())
        .extracting(Mention::phraseId)
        .doesNotContain(entryId);
  }

  @Test
  void stillReadsExecutingTheProjectPlanAsProjectExecution() {
    assertThat(
            tagger
                .tag("Execute the project plan and keep the team aligned.", Field.BODY)
                .mentions())
        .extracting(Mention::phraseId)
        .contains("pjm.delivery_execution.execute-plan");
  }

  @Test
  void doesNotCountACertificationListedAfterCertificationsAreNotRequired() {
    List<Mention> mentions =
        tagger
            .tag("Certifications valued but not required; examples include CSPO.", Field.BODY)
            .mentions();
    assertThat(mentions)
        .filteredOn(m -> m.phraseId().equals("po.po_certifications.cspo"))
        .singleElement()
        .satisfies(m -> assertThat(m.negated()).isTrue());
  }

  @Test
  void stillCountsTheRoadmapAfterNoPmpRequiredAndASemicolon() {
    List<Mention> mentions =
        tagger.tag("No PMP required; you will own the product roadmap.", Field.BODY).mentions();
    assertThat(mentions)
        .filteredOn(m -> m.role() == Role.PRODUCT_MANAGER)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.isEvidence()).isTrue());
    assertThat(mentions)
        .filteredOn(m -> m.phraseId().equals("pjm.pjm_certifications.pmp"))
        .singleElement()
        .satisfies(m -> assertThat(m.negated()).isTrue());
  }
}
