package io.rolelens.analyzer.section;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The headings that open each kind of section, in English and the languages whose duty phrases
 * RoleLens reads (German, Spanish, French, Dutch, Polish, Italian, Portuguese, Nordic), as
 * case-insensitive patterns matched at the start of a line or a sentence. Phrases of several words
 * also open a section inline ("About the Team The Core Identity team builds…", "In this role, you
 * will: Build…"), as flattened postings have them; single words ("Experience", "Benefits") only
 * when they stand on their own line or end in a colon, since they also begin ordinary sentences.
 * Checked in order: the first that matches wins. Immutable.
 */
final class Headings {
  /** A heading pattern and the kind of section it opens. */
  record Heading(SectionKind kind, Pattern pattern, boolean multiWord) {}

  static final List<Heading> ALL = build();

  private Headings() {}

  private static List<Heading> build() {
    List<Heading> all = new ArrayList<>();
    // Legal text first: its headings are unmistakable and nothing under them is a duty.
    add(all, SectionKind.EQUAL_OPPORTUNITY,
        "equal (?:employment )?opportunit(?:y|ies)(?: employer)?(?: statement)?",
        "eeo(?: statement)?",
        "(?:our )?commitment to (?:diversity|inclusion)",
        "diversity(?:,)? (?:equity )?(?:and|&) inclusion",
        "(?:reasonable )?accommodations?",
        "(?:applicant |candidate )?privacy (?:notice|policy|statement)",
        "e-verify");
    add(all, SectionKind.NICE_TO_HAVE,
        "nice[- ]to[- ]haves?",
        "nice if you (?:have|bring)",
        "preferred (?:qualifications|skills|experience|requirements)",
        "bonus(?: points)?(?: if you(?: have)?)?",
        "(?:it'?s |it is |would be )?a plus(?: if you(?: have)?)?",
        "pluses",
        "good to have",
        "desirable(?: skills| qualifications)?",
        "wünschenswert(?: ist)?", "von vorteil", "se valorará", "deseable", "un plus", "atouts?",
        "mile widziane", "gradito", "costituisce un plus", "diferenciais?", "meriterande", "fördel");
    // A heading about the role itself introduces duties, so it is checked before "About …".
    add(all, SectionKind.INTRO,
        "about (?:the|this) (?:role|job|position|opportunity)",
        "(?:the|this) (?:role|opportunity|position)",
        "(?:job|position|role) (?:summary|overview|purpose)",
        "role overview", "overview", "summary", "zur stelle", "die stelle", "el puesto", "le poste", "de functie",
        "o stanowisku", "il ruolo", "a vaga", "om tjänsten", "om stillingen");
    add(all, SectionKind.RESPONSIBILITIES,
        "(?:key |main |core |your |primary |essential )?(?:job )?responsibilities(?: include)?",
        "(?:key |main |essential )?duties(?: and responsibilities)?",
        "(?:key )?accountabilities",
        "(?:here'?s |here is )?what you(?:'ll| will)? (?:do|be doing|work on|own)",
        "what the (?:job|role) involves",
        "in this role,? you(?:'ll| will)?",
        "as part of (?:the|our|this) team,? you(?:'ll| will)",
        "you will:", "you'll:",
        "your (?:role|mission|impact|day[- ]to[- ]day|responsibilities|tasks)",
        "(?:a )?day in the life",
        "(?:job|role) description",
        "the work",
        "(?:ihre |deine |deine )?aufgaben", "was dich erwartet", "ihr aufgabengebiet",
        "responsabilidades", "(?:tus |sus )?funciones", "(?:vos |tes )?missions?", "taken",
        "(?:jouw |je )?verantwoordelijkheden", "(?:zakres )?obowiązków", "obowiązki", "(?:le tue )?responsabilità",
        "mansioni", "atividades", "arbetsuppgifter", "ansvarsområden?", "dine opgaver", "tehtävät");
    add(all, SectionKind.REQUIREMENTS,
        "(?:minimum |basic |required |essential |key )?(?:requirements|qualifications)(?: and (?:qualifications|experience|skills))?",
        "(?:required |essential |key )?skills(?: and (?:experience|qualifications))?",
        "(?:relevant )?experience(?: and (?:skills|qualifications))?",
        "what (?:you(?:'ll)? need|we(?:'re| are) looking for|you(?:'ll| will)? bring|we need|you have)",
        "who (?:you are|we(?:'re| are) looking for)",
        "about you",
        "you might thrive(?: in this role)? if you",
        "you(?:'re| are) (?:a great|a good|the right) (?:fit|match)(?: if you)?",
        "(?:the )?ideal candidate(?: will have)?",
        "to be successful(?: in this role)?,? you(?:'ll| will)? (?:need|have)",
        "must[- ]haves?",
        "(?:your )?profile",
        "(?:ihr |dein )?profil", "anforderungen", "das bringst du mit", "was du mitbringst", "requisitos", "perfil",
        "(?:votre |ton )?profil(?: recherché)?", "compétences(?: requises)?", "(?:jouw )?profiel", "functie-eisen",
        "(?:nasze )?wymagania", "requisiti", "competenze", "kvalifikationer", "kvalifikasjoner", "din profil",
        "vi söker dig som");
    add(all, SectionKind.BENEFITS,
        "(?:our )?benefits(?: and perks)?",
        "perks(?: and benefits)?",
        "what we offer", "we offer", "our offer",
        "why (?:join us|you'?ll love (?:working|it) here|work (?:with|for|at) us)",
        "compensation(?: and benefits)?", "(?:the )?(?:salary|pay) range", "total rewards",
        "what'?s in it for you",
        "(?:was )?wir bieten", "(?:qué )?ofrecemos", "(?:ce que )?nous (?:vous )?offrons", "avantages",
        "(?:wat )?wij bieden", "(?:co )?oferujemy", "(?:cosa )?offriamo", "oferecemos", "benefícios",
        "vi erbjuder", "vi tilbyr", "vi tilbyder");
    add(all, SectionKind.ABOUT,
        "about (?:us|the company|the team|our company|our team|the organi[sz]ation|the business)",
        "who we are",
        "our (?:mission|story|company|culture|values|team)",
        "(?:the )?company(?: description| overview| profile)?",
        "über uns", "wer wir sind", "sobre nosotros", "quiénes somos", "qui sommes-nous", "à propos de nous",
        "over ons", "wie zijn wij", "o nas", "chi siamo", "quem somos", "sobre nós", "om oss", "om os");
    return List.copyOf(all);
  }

  private static void add(List<Heading> all, SectionKind kind, String... phrases) {
    for (String phrase : phrases) {
      all.add(new Heading(kind, Pattern.compile(phrase, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), phrase.contains(" ")));
    }
  }

  /**
   * "About Acme", "About Acme Labs": a company's name of one to three capitalised words after
   * "About", read as a blurb; shortest first, since the blurb itself often starts with the name.
   */
  static final List<Pattern> ABOUT_NAME = List.of(aboutName(0), aboutName(1), aboutName(2));

  private static Pattern aboutName(int moreWords) {
    String word = "\\p{Lu}[\\p{L}\\p{N}&.'-]*";
    return Pattern.compile("[Aa]bout " + word + (" " + word).repeat(moreWords));
  }
}
