package io.rolelens.analyzer.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.nlp.NlpModels;
import io.rolelens.analyzer.nlp.PosTagging;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Matching behaviour against a small test lexicon, so the bundled lexicon's tuning cannot move it.
 */
class PhraseMatchingTest {
  static PhraseTagger tagger;

  @BeforeAll
  static void compileTestLexicon() throws IOException {
    try (InputStream in =
        PhraseMatchingTest.class.getResourceAsStream("/lexicon/test-lexicon.txt")) {
      Lexicon lexicon =
          Lexicon.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "test-lexicon.txt");
      tagger = new PhraseTagger(lexicon, new PosTagging(NlpModels.load()));
    }
  }

  static List<Mention> tag(String text) {
    List<Mention> mentions = tagger.tag(text, Field.BODY).mentions();
    assertThat(mentions)
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    return mentions;
  }

  static List<Mention> mentionsOf(String text, String phraseId) {
    return tag(text).stream().filter(m -> m.phraseId().equals(phraseId)).toList();
  }

  /** The text holds exactly one mention of the phrase, and it is negated, so it does not count. */
  static void assertExcluded(String text, String phraseId) {
    assertThat(mentionsOf(text, phraseId))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.negated()).isTrue();
              assertThat(m.isEvidence()).isFalse();
            });
  }

  /** The text holds exactly one mention of the phrase, and it counts as evidence. */
  static void assertCounted(String text, String phraseId) {
    assertThat(mentionsOf(text, phraseId))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.negated()).isFalse();
              assertThat(m.isEvidence()).isTrue();
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "You will be prioritizing the backlog every week. | prioritizing the backlog",
        "She prioritises backlogs for three teams.        | prioritises backlogs",
        "Owns backlog prioritisation with the team.       | backlog prioritisation",
        "Owns backlog ordering with the team.             | backlog ordering",
        "Prioritise product backlog items each sprint.    | Prioritise product backlog items",
        "PRIORITIZED THE BACKLOG.                         | PRIORITIZED THE BACKLOG",
      })
  void matchesInflectionsAndBritishSpellings(String sentence, String expected) {
    assertThat(mentionsOf(sentence, "t.po.prioritize-backlog"))
        .extracting(Mention::text)
        .containsExactly(expected);
  }

  @Test
  void allowsUpToTwoFillerWordsBetweenPatternWords() {
    assertThat(mentionsOf("Manage budget.", "t.pjm.manage-budget")).hasSize(1);
    assertThat(mentionsOf("Manage the budget.", "t.pjm.manage-budget")).hasSize(1);
    assertThat(mentionsOf("Manage the project budget.", "t.pjm.manage-budget"))
        .extracting(Mention::text)
        .containsExactly("Manage the project budget");
  }

  @Test
  void doesNotBridgeMoreThanTwoFillerWords() {
    assertThat(mentionsOf("Manage the overall project budget.", "t.pjm.manage-budget")).isEmpty();
    assertThat(mentionsOf("Manage people who are on a budget.", "t.pjm.manage-budget")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We manage. Budget is fixed.",
        "We manage\nbudget reviews.",
        "We manage\r\nbudget reviews.",
        "We manage; budget reviews are monthly.",
        "We manage \u2022 budget reviews",
        "We manage? Budget reviews",
        "Teams we manage: budget reviews",
      })
  void neverMatchesAcrossASentenceBoundary(String text) {
    assertThat(mentionsOf(text, "t.pjm.manage-budget")).isEmpty();
  }

  @Test
  void distributesAVerbOverAListOfObjects() {
    String text = "You will own timelines, milestones and budgets.";
    assertThat(mentionsOf(text, "t.pjm.own-plan"))
        .extracting(Mention::text, Mention::start, Mention::end)
        .containsExactly(
            tuple("own timelines", text.indexOf("own"), text.indexOf(",")),
            tuple("milestones", text.indexOf("milestones"), text.indexOf(" and")),
            tuple("budgets", text.indexOf("budgets"), text.indexOf(".")));
  }

  @Test
  void distributesOverAnOrList() {
    String text = "Own milestones or budgets";
    assertThat(mentionsOf(text, "t.pjm.own-plan"))
        .extracting(Mention::text)
        .containsExactly("Own milestones", "budgets");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Manage safety controls, privacy features, access management and the budget.",
        "You will manage safety controls, guardrails, evaluation pipelines, latency, and budget.",
        "Manage vendor contracts, partner onboarding and budget.",
        "Manage the tooling, the hiring and the budget.",
        "Manage vendor contracts and the budget.",
        "Manage product launches, pricing and the budget.",
      })
  void doesNotLetAListResetTheFillerWordsBetweenPatternWords(String text) {
    assertThat(mentionsOf(text, "t.pjm.manage-budget")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Manage scope, timelines, risks and budget.        | budget",
        "Manage scope, timelines, risks and the budget.    | budget",
        "Manage project scope, risks and budget.           | budget",
        "Plan, track and manage the budget.                | manage the budget",
      })
  void stillDistributesOverAListOfShortNounPhrases(String text, String expected) {
    assertThat(mentionsOf(text, "t.pjm.manage-budget"))
        .extracting(Mention::text)
        .containsExactly(expected);
  }

  @Test
  void keepsTheLongestOfOverlappingMatches() {
    String text = "Prioritise product backlog items each sprint.";
    assertThat(tag(text))
        .extracting(Mention::phraseId, Mention::text)
        .containsExactly(tuple("t.po.prioritize-backlog", "Prioritise product backlog items"));
  }

  @Test
  void keepsAShorterMatchWhereTheLongerOneIsAbsent() {
    String text = "Write product backlog items. Keep the backlog tidy.";
    assertThat(tag(text))
        .extracting(Mention::phraseId, Mention::text)
        .containsExactly(
            tuple("t.po.backlog-items", "product backlog items"), tuple("t.po.backlog", "backlog"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "No PMP required.                                    | t.pjm.pmp",
        "PMP not required.                                   | t.pjm.pmp",
        "A PMP is not needed for this job.                   | t.pjm.pmp",
        "This is not a project management role.              | t.pjm.project-management",
        "You will work without Scrum.                        | t.po.scrum",
        "We don't use Scrum here.                            | t.po.scrum",
        // a certification listed after an exclusion, across a semicolon, colon or "e.g."
        "Certifications valued but not required; examples include CSPO.      | t.po.cspo",
        "Certifications are nice to have but not required; e.g. CSPO.        | t.po.cspo",
        "Certifications valued but not required, e.g. CSPO or PMP.           | t.po.cspo",
        "Certifications valued but not required, e.g. CSPO or PMP.           | t.pjm.pmp",
        "No certification is necessary; such as PMP or CSPO.                 | t.po.cspo",
        "Certifications not required: PMP, PRINCE2 or similar.               | t.pjm.pmp",
        "Not mandatory; for example a PMP.                                   | t.pjm.pmp",
      })
  void marksNegatedAndExcludedPhrases(String sentence, String phraseId) {
    assertExcluded(sentence, phraseId);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Not only the product vision but also Scrum.           | t.pm.product-vision",
        "Not only the product vision but also Scrum.           | t.po.scrum",
        "Tools including but not limited to Scrum.             | t.po.scrum",
        "No matter the size, PMP holders manage it.            | t.pjm.pmp",
        "No travel. PMP required.                              | t.pjm.pmp",
        "PMP holders preferred. Not required: travel.          | t.pjm.pmp",
        // nothing but a listed certification is carried across a semicolon, and a demanded one is
        // not
        "No PMP required; you will own the roadmap.                        | t.pm.own-roadmap",
        "Certifications not required; examples include how you own the roadmap. | t.pm.own-roadmap",
        "No PMP required; CSPO is a plus.                                  | t.po.cspo",
        "Certifications not required but valued; examples include CSPO.    | t.po.cspo",
        "Certifications not required. Examples include CSPO.               | t.po.cspo",
        "Certifications not required;\\nexamples include CSPO.              | t.po.cspo",
        "Travel is not required; we expect CSPO holders.                   | t.po.cspo",
        "Certifications are welcome; examples include CSPO.                | t.po.cspo",
        "Experience not required: CSPO certification is a must.            | t.po.cspo",
        "Degree not required: a CSPO is mandatory.                         | t.po.cspo",
      })
  void doesNotMarkPhrasesThatAreNotNegated(String sentence, String phraseId) {
    assertCounted(sentence.replace("\\n", "\n"), phraseId);
  }

  @Test
  void requiresAVerbWhereThePatternSaysVerb() {
    assertThat(mentionsOf("You will own the roadmap for payments.", "t.pm.own-roadmap"))
        .extracting(Mention::text)
        .containsExactly("own the roadmap");
    assertThat(mentionsOf("Own the roadmap for payments.", "t.pm.own-roadmap")).hasSize(1);
    assertThat(mentionsOf("Here you can build your own roadmap.", "t.pm.own-roadmap")).isEmpty();
  }

  @Test
  void highlightsSelfLabelsWithoutCountingThemAsEvidence() {
    String text = "As a Product Owner you will lead the team.";
    assertThat(mentionsOf(text, "self.t.product-owner"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text()).isEqualTo("Product Owner");
              assertThat(m.start()).isEqualTo(5);
              assertThat(m.negated()).isFalse();
              assertThat(m.isEvidence()).isFalse();
            });
  }

  @Test
  void findsPhrasesInTheTitleField() {
    assertThat(tagger.tag("Product Owner (Scrum)", Field.TITLE).mentions())
        .extracting(Mention::field, Mention::text)
        .containsExactly(tuple(Field.TITLE, "Product Owner"), tuple(Field.TITLE, "Scrum"));
  }
}
