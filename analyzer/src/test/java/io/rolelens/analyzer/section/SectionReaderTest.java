package io.rolelens.analyzer.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.text.TermNormalizer;
import io.rolelens.analyzer.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionReaderTest {
  static final SectionReader READER = new SectionReader();
  static final Tokenizer TOKENIZER = new Tokenizer(new TermNormalizer());

  static PostingSections read(String text) {
    return READER.read(TOKENIZER.tokenize(text));
  }

  static SectionKind kindOf(String text, String phrase) {
    int at = text.indexOf(phrase);
    assertThat(at).as("'%s' in the text", phrase).isNotNegative();
    return read(text).kindAt(at);
  }

  @Test
  void splitsAPostingWithHeadingsOnTheirOwnLines() {
    String text =
        """
        Acme builds tools for small shops.

        About us
        We are a team of forty in Lisbon.

        What you'll do
        - Own the product roadmap for payments.

        Requirements:
        - 5+ years of product management experience.

        Nice to have
        - Experience with Stripe.

        Benefits
        - Health insurance and a learning budget.
        """;
    assertThat(kindOf(text, "Acme builds")).isEqualTo(SectionKind.INTRO);
    assertThat(kindOf(text, "team of forty")).isEqualTo(SectionKind.ABOUT);
    assertThat(kindOf(text, "Own the product roadmap")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(kindOf(text, "5+ years")).isEqualTo(SectionKind.REQUIREMENTS);
    assertThat(kindOf(text, "with Stripe")).isEqualTo(SectionKind.NICE_TO_HAVE);
    assertThat(kindOf(text, "Health insurance")).isEqualTo(SectionKind.BENEFITS);
  }

  @Test
  void splitsAFlattenedPostingAtHeadingsInsideTheText() {
    String text =
        "About the Team The Core Identity team builds the account foundations. About the Role As we"
            + " scale we need a platform. In this role, you will: Build the core account"
            + " experiences. Define and track metrics for adoption. You might thrive in this role"
            + " if you: Have 8+ years of product management experience. About OpenAI OpenAI is an"
            + " AI research and deployment company. We are an equal opportunity employer, and we do"
            + " not discriminate on the basis of race. Join us in shaping the future.";
    assertThat(kindOf(text, "Core Identity team builds")).isEqualTo(SectionKind.ABOUT);
    assertThat(kindOf(text, "As we scale")).isEqualTo(SectionKind.INTRO);
    assertThat(kindOf(text, "Build the core")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(kindOf(text, "Define and track")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(kindOf(text, "Have 8+ years")).isEqualTo(SectionKind.REQUIREMENTS);
    assertThat(kindOf(text, "an AI research")).isEqualTo(SectionKind.ABOUT);
    assertThat(kindOf(text, "equal opportunity employer")).isEqualTo(SectionKind.EQUAL_OPPORTUNITY);
    assertThat(kindOf(text, "Join us")).isEqualTo(SectionKind.ABOUT);
  }

  @Test
  void endsACompanyBlurbAtTheFirstSentenceThatSpeaksOfTheJob() {
    String text =
        "About Gusto At Gusto, we're on a mission to grow the small business economy. We handle"
            + " payroll and HR. As a company, we value candour. You will own the roadmap for"
            + " contractor payments. Lead the strategy.";
    assertThat(kindOf(text, "We handle payroll")).isEqualTo(SectionKind.ABOUT);
    assertThat(kindOf(text, "we value candour")).isEqualTo(SectionKind.ABOUT);
    assertThat(kindOf(text, "You will own")).isEqualTo(SectionKind.INTRO);
    assertThat(kindOf(text, "Lead the strategy")).isEqualTo(SectionKind.INTRO);

    String asTheRole =
        "About the Team\n"
            + "The platform team runs the API. As the Product Manager for the API, you will define"
            + " its strategy.";
    assertThat(kindOf(asTheRole, "runs the API")).isEqualTo(SectionKind.ABOUT);
    assertThat(kindOf(asTheRole, "you will define")).isEqualTo(SectionKind.INTRO);
  }

  @Test
  void readsDayToDayLookingForAndOverviewHeadingsAsFlattenedPostingsWriteThem() {
    String text =
        "About the Team: Contractors is a fast-growing segment. Here\u2019s what you\u2019ll do"
            + " day-to-day: Lead long-term strategy. Here\u2019s what we're looking for: 5+ years"
            + " of product management experience.";
    assertThat(kindOf(text, "Lead long-term")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(kindOf(text, "5+ years")).isEqualTo(SectionKind.REQUIREMENTS);

    String glued =
        "Our Values: We fly people. Job overview and responsibilitiesWithin this role you run"
            + " projects.";
    assertThat(kindOf(glued, "We fly")).isEqualTo(SectionKind.ABOUT);
    assertThat(kindOf(glued, "you run projects")).isEqualTo(SectionKind.RESPONSIBILITIES);
  }

  static final String BENEFITS_AND_DUTIES =
      """
      What's in it for you?

       * Build the product roadmap from customer needs.
       * Define and analyze metrics that inform success.

      We'd love to hear from you, if you:

       * Have 8+ years of product management experience.

      Why join us?
      - Health insurance and 30 days of paid leave.
      - A culture that celebrates teamwork.

      What will you accomplish in your first 90 days?
      - Schedule the engineers so milestones are met.
      """;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Build the product roadmap, INTRO",
    "Define and analyze, INTRO",
    "Have 8+ years, REQUIREMENTS",
    "Health insurance, BENEFITS",
    "celebrates teamwork, BENEFITS",
    "Schedule the engineers, INTRO",
  })
  void readsABenefitsHeadingAsBenefitsOnlyOverBenefitsAndEndsItAtAHeadingItDoesNotKnow(
      String phrase, SectionKind kind) {
    assertThat(kindOf(BENEFITS_AND_DUTIES, phrase)).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "What we look for",
    "What we're looking for",
    "What you bring",
    "You have",
    "You bring",
    "Who you are",
    "Your profile",
    "Your experience",
    "Qualifications",
    "About you",
    "Must have",
  })
  void readsTheCommonRequirementHeadingsAfterTheDuties(String heading) {
    String text =
        "What you will do\n- Own the product backlog.\n\n" + heading + "\n- CSPO certification.\n";
    assertThat(kindOf(text, "Own the product backlog")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(kindOf(text, "CSPO")).isEqualTo(SectionKind.REQUIREMENTS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Benefits of our platform include faster checkout. Own the roadmap.  | Own the roadmap
          Experience with B2B products helps. Own the roadmap.               | Own the roadmap
          Our responsibilities include keeping data safe. Own the roadmap.    | Own the roadmap
          The work is varied and fun. Own the roadmap.                        | Own the roadmap
          """)
  void takesNoOrdinarySentenceForAHeading(String text, String phrase) {
    assertThat(read(text).sections()).hasSize(1);
    assertThat(kindOf(text, phrase)).isEqualTo(SectionKind.INTRO);
  }

  @Test
  void readsHeadingsInOtherLanguages() {
    String text =
        "Über uns\n"
            + "Wir sind ein Startup.\n"
            + "Ihre Aufgaben\n"
            + "Sie verantworten die Roadmap.\n"
            + "Ihr Profil\n"
            + "Mehrjährige Erfahrung.\n"
            + "Wir bieten\n"
            + "Obst.";
    assertThat(kindOf(text, "Wir sind")).isEqualTo(SectionKind.ABOUT);
    assertThat(kindOf(text, "Sie verantworten")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(kindOf(text, "Mehrjährige")).isEqualTo(SectionKind.REQUIREMENTS);
    assertThat(kindOf(text, "Obst")).isEqualTo(SectionKind.BENEFITS);
  }

  @Test
  void marksLegalSentencesWithoutAHeadingAndResumesTheSectionAfterThem() {
    String text =
        "Responsibilities:\n"
            + "Own the backlog. We consider applicants without regard to race or religion. Write"
            + " user stories.";
    assertThat(kindOf(text, "Own the backlog")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(kindOf(text, "without regard")).isEqualTo(SectionKind.EQUAL_OPPORTUNITY);
    assertThat(kindOf(text, "Write user stories")).isEqualTo(SectionKind.RESPONSIBILITIES);
  }

  @Test
  void coversTheWholeTextWithoutGapsOrOverlaps() {
    String text = "Intro.\nAbout us\nBlurb.\nResponsibilities\nOwn it.\nBenefits\nFruit.";
    List<Section> sections = read(text).sections();
    assertThat(sections.get(0).start()).isZero();
    assertThat(sections.get(sections.size() - 1).end()).isEqualTo(text.length());
    for (int i = 1; i < sections.size(); i++) {
      assertThat(sections.get(i).start()).isEqualTo(sections.get(i - 1).end());
      assertThat(sections.get(i).kind()).isNotEqualTo(sections.get(i - 1).kind());
    }
    assertThat(read("").sections()).containsExactly(new Section(SectionKind.INTRO, 0, 0));
  }
}
