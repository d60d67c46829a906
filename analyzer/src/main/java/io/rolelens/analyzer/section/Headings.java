package io.rolelens.analyzer.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headings that open each kind of section, in English and the languages whose duty phrases
 * RoleLens reads (German, Spanish, French, Dutch, Polish, Italian, Portuguese, Nordic). Written in
 * the lexicon's small syntax: words separated by spaces, {@code a|b} for alternatives of one word
 * (so "we're" and "we are" are two phrases), a trailing {@code ?} for an optional word; expanded
 * once into word sequences indexed by their first word, so finding a heading costs one map lookup
 * where none starts. Phrases of several words also open a section inline ("About the Team The Core
 * Identity team builds…"), as flattened postings have them; single words ("Experience", "Benefits")
 * only when they stand on their own line or end in a colon, since they also begin ordinary
 * sentences. Earlier kinds win over later ones for the same words. Immutable.
 *
 * <p>Over 250 lines on purpose: most of it is the heading tables themselves, six kinds in nine
 * languages; they stay in one list, next to the syntax that expands them, so that a maintainer sees
 * every heading a posting may use (and which kind wins) in one place.
 */
final class Headings {
  /** One heading: its words, lower case, and the kind of section it opens. */
  record Heading(SectionKind kind, List<String> words) {
    boolean multiWord() {
      return words.size() > 1;
    }
  }

  private static final Map<String, List<Heading>> BY_FIRST_WORD = index();

  private Headings() {}

  /** The headings whose first word is {@code word} (lower case), longest first. */
  static List<Heading> startingWith(String word) {
    return BY_FIRST_WORD.getOrDefault(word, List.of());
  }

  private static Map<String, List<Heading>> index() {
    List<Heading> all = new ArrayList<>();
    // Legal text first: its headings are unmistakable and nothing under them is a duty.
    add(
        all,
        SectionKind.EQUAL_OPPORTUNITY,
        "equal employment? opportunity|opportunities employer? statement?",
        "eeo statement?",
        "our? commitment to diversity|inclusion",
        "diversity equity? and? inclusion",
        "reasonable? accommodation|accommodations",
        "applicant|candidate? privacy notice|policy|statement",
        "e-verify");
    add(
        all,
        SectionKind.NICE_TO_HAVE,
        "nice-to-have|nice-to-haves",
        "nice to have|haves",
        "nice if you have|bring",
        "preferred qualifications|skills|experience|requirements",
        "bonus points? if? you? have?",
        "it's|would be? a plus if? you? have?",
        "pluses",
        "good to have",
        "desirable skills|qualifications?",
        "wünschenswert ist?",
        "von vorteil",
        "se valorará",
        "deseable",
        "un plus",
        "atout|atouts",
        "mile widziane",
        "gradito",
        "costituisce un plus",
        "diferencial|diferenciais",
        "meriterande",
        "fördel");
    // A heading about the role itself introduces duties, so it comes before "About …".
    add(
        all,
        SectionKind.INTRO,
        "about the|this role|job|position|opportunity",
        "the|this role|opportunity|position",
        "job|position|role summary|overview|purpose",
        "overview",
        "summary",
        "zur stelle",
        "die stelle",
        "el puesto",
        "le poste",
        "de functie",
        "o stanowisku",
        "il ruolo",
        "a vaga",
        "om tjänsten",
        "om stillingen");
    add(
        all,
        SectionKind.RESPONSIBILITIES,
        "key|main|core|your|primary|essential? job? responsibilities include?",
        "key|main|essential? duties and? responsibilities?",
        "key? accountabilities",
        "here's|here? is? what you'll|you will? do|own",
        "here's|here? is? what you'll|you will? do day-to-day|daily",
        "job|role|position overview|summary|description and responsibilities|duties",
        "here's|here? is? what you'll|you will? be doing",
        "here's|here? is? what you'll|you will? work on",
        "what the job|role involves",
        "in this role you'll|you will?",
        "as part of the|our|this team you'll|you will",
        "you will",
        "you'll",
        "your role|mission|impact|responsibilities|tasks",
        "your day-to-day",
        "a? day in the life",
        "job|role description",
        "the work",
        "ihre|deine? aufgaben",
        "was dich erwartet",
        "ihr aufgabengebiet",
        "responsabilidades",
        "tus|sus? funciones",
        "vos|tes? missions|mission",
        "taken",
        "jouw|je? verantwoordelijkheden",
        "zakres obowiązków",
        "obowiązki",
        "le tue? responsabilità",
        "mansioni",
        "atividades",
        "arbetsuppgifter",
        "ansvarsområde|ansvarsområden",
        "dine opgaver",
        "tehtävät");
    add(
        all,
        SectionKind.REQUIREMENTS,
        "minimum|basic|required|essential|key? requirements|qualifications",
        "requirements|qualifications and qualifications|experience|skills",
        "required|essential|key? skills",
        "skills and experience|qualifications",
        "relevant? experience",
        "experience and skills|qualifications",
        "what you'll|you? need",
        "here's|here? is? what we're looking for",
        "here's|here? is? what we are looking for",
        "what you'll|you will? bring",
        "what we need",
        "what we look for",
        "what we expect from? you?",
        "what you'll|you will? have",
        "you have",
        "you bring",
        "your skills|experience|qualifications|background",
        "is this you",
        "who you are",
        "who we're looking for",
        "who we are looking for",
        "about you",
        "you might thrive in? this? role? if you",
        "you're a|the great|good|right fit|match if? you?",
        "you are a|the great|good|right fit|match if? you?",
        "the? ideal candidate will? have?",
        "to be successful in? this? role? you'll|you will? need|have",
        "must-have|must-haves",
        "must have|haves",
        "your? profile",
        "ihr|dein? profil",
        "anforderungen",
        "das bringst du mit",
        "was du mitbringst",
        "requisitos",
        "perfil",
        "votre|ton? profil recherché?",
        "compétences requises?",
        "jouw? profiel",
        "functie-eisen",
        "nasze? wymagania",
        "requisiti",
        "competenze",
        "kvalifikationer",
        "kvalifikasjoner",
        "din profil",
        "vi söker dig som");
    add(
        all,
        SectionKind.BENEFITS,
        "our? benefits and? perks?",
        "perks and? benefits?",
        "what we offer",
        "we offer",
        "our offer",
        "why join us",
        "why work with|for|at us",
        "compensation and? benefits?",
        "the? salary|pay range",
        "total rewards",
        "what's in it for you",
        "was? wir bieten",
        "qué? ofrecemos",
        "ce que? nous vous? offrons",
        "avantages",
        "wat? wij bieden",
        "co? oferujemy",
        "cosa? offriamo",
        "oferecemos",
        "benefícios",
        "vi erbjuder",
        "vi tilbyr",
        "vi tilbyder");
    add(
        all,
        SectionKind.ABOUT,
        "about us|company|team",
        "about the|our company|team|organization|organisation|business",
        "who we are",
        "our mission|story|company|culture|values|team",
        "the? company description|overview|profile?",
        "über uns",
        "wer wir sind",
        "sobre nosotros",
        "quiénes somos",
        "qui sommes-nous",
        "à propos de nous",
        "over ons",
        "wie zijn wij",
        "o nas",
        "chi siamo",
        "quem somos",
        "sobre nós",
        "om oss",
        "om os");
    Map<String, List<Heading>> byFirst = new HashMap<>();
    for (Heading h : all) {
      byFirst.computeIfAbsent(h.words().get(0), k -> new ArrayList<>()).add(h);
    }
    // Longest first, keeping the order of kinds among equally long ones (the sort is stable).
    byFirst.replaceAll(
        (k, list) ->
            list.stream()
                .sorted(Comparator.comparingInt((Heading h) -> -h.words().size()))
                .toList());
    return Map.copyOf(byFirst);
  }

  private static void add(List<Heading> all, SectionKind kind, String... phrases) {
    for (List<String> words : phrases(phrases)) {
      all.add(new Heading(kind, words));
    }
  }

  /**
   * The word sequences, lower case and cut as the tokenizer cuts words (a hyphen or an ampersand
   * separates two), that phrases in the small syntax stand for, each with a straight and a
   * typographic apostrophe.
   */
  static List<List<String>> phrases(String... phrases) {
    List<List<String>> all = new ArrayList<>();
    for (String phrase : phrases) {
      for (List<String> words : expand(phrase.toLowerCase(Locale.ROOT).split(" "), 0)) {
        List<String> tokens =
            words.stream()
                .flatMap(w -> java.util.Arrays.stream(w.split("[-&]")))
                .filter(w -> !w.isEmpty())
                .toList();
        if (!tokens.isEmpty()) {
          all.addAll(withApostrophes(tokens));
        }
      }
    }
    return List.copyOf(all);
  }

  /**
   * The word sequence with each apostrophe straight or typographic, word by word: postings write
   * "you’ll" as often as "you'll", and mix them in one line ("Here’s what we're looking for").
   */
  private static List<List<String>> withApostrophes(List<String> words) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (String word : words) {
      List<String> forms =
          word.indexOf('\'') >= 0 ? List.of(word, word.replace('\'', '\u2019')) : List.of(word);
      List<List<String>> next = new ArrayList<>();
      for (List<String> head : out) {
        for (String form : forms) {
          List<String> longer = new ArrayList<>(head);
          longer.add(form);
          next.add(List.copyOf(longer));
        }
      }
      out = next;
    }
    return out;
  }

  /** Every word sequence a phrase in the small syntax stands for. */
  static List<List<String>> expand(String[] slots, int from) {
    if (from == slots.length) {
      List<List<String>> end = new ArrayList<>();
      end.add(new ArrayList<>());
      return end;
    }
    String slot = slots[from];
    boolean optional = slot.endsWith("?");
    String[] options = (optional ? slot.substring(0, slot.length() - 1) : slot).split("\\|");
    List<List<String>> rest = expand(slots, from + 1);
    List<List<String>> out = new ArrayList<>();
    for (String option : options) {
      for (List<String> tail : rest) {
        List<String> words = new ArrayList<>();
        words.add(option);
        words.addAll(tail);
        out.add(words);
      }
    }
    if (optional) {
      for (List<String> tail : rest) {
        out.add(new ArrayList<>(tail));
      }
    }
    return out;
  }
}
