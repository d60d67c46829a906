package io.rolelens.analyzer.section;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Splits a posting into its usual parts (about the company, responsibilities, requirements, nice to
 * have, benefits, equal-opportunity text) from its headings ({@link Headings}) where a line or a
 * sentence starts, so flattened postings whose line breaks were lost are split too. A sentence of
 * equal-opportunity or other legal text ("without regard to race", "reasonable accommodation",
 * "background checks") is marked as such wherever it stands, since many postings append it without
 * a heading. Text before the first heading is {@link SectionKind#INTRO}. Works on the words the
 * analyzer has already cut, so it costs a map lookup at each sentence start and one per word.
 * Thread-safe (stateless).
 */
public final class SectionReader {
  /** The sections of a tokenized posting, covering all of its text. */
  public PostingSections read(TokenizedText tokens) {
    String text = tokens.text();
    NavigableMap<Integer, SectionKind> changes = new TreeMap<>();
    changes.put(0, SectionKind.INTRO);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.before(i) == Separator.SENTENCE) {
        SectionKind kind = headingAt(tokens, i);
        if (kind != null) {
          changes.put(headingStart(text, tokens.start(i)), kind);
        }
      }
    }
    BenefitSections.confine(tokens, changes);
    endBlurbsWhereTheJobIsDescribed(tokens, changes);
    LegalText.markSentences(tokens, changes);
    return new PostingSections(sections(changes, text.length()));
  }

  /**
   * Words that, opening a sentence, speak of the job rather than the company: an "about" section
   * ends there, since postings often run from the company blurb into the role without a heading ("…
   * across the US. You will own the roadmap for …", "About the Team: … In this role, you …").
   */
  private static final List<List<String>> JOB_OPENINGS =
      Headings.phrases(
          "you",
          "you'll",
          "your",
          "you're",
          "in this role|position",
          "this role|position",
          "the role|position",
          "as a|an|the",
          "we're looking|seeking|hiring",
          "we are looking|seeking|hiring",
          "the ideal candidate",
          "the successful candidate",
          "reporting to",
          "responsibilities include");

  /**
   * How many words into a sentence opened by "as a …" its "you" may stand ("As the Product Manager
   * for X, you …").
   */
  private static final int AS_A_REACH = 10;

  /**
   * Turns the rest of an "about" section into role text from the first sentence that speaks of the
   * job.
   */
  private static void endBlurbsWhereTheJobIsDescribed(
      TokenizedText tokens, NavigableMap<Integer, SectionKind> changes) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.before(i) != Separator.SENTENCE && i > 0) {
        continue;
      }
      Map.Entry<Integer, SectionKind> at = changes.floorEntry(tokens.start(i));
      if (at.getValue() != SectionKind.ABOUT
          || at.getKey() == tokens.start(i)
          || !opensJobText(tokens, i)) {
        continue;
      }
      changes.put(tokens.start(i), SectionKind.INTRO);
    }
  }

  private static boolean opensJobText(TokenizedText tokens, int i) {
    for (List<String> opening : JOB_OPENINGS) {
      if (!tokens.is(i, opening.get(0)) || !matches(tokens, i, opening)) {
        continue;
      }
      if (!opening.get(0).equals("as")) {
        return true;
      }
      for (int k = i + 2; k < Math.min(tokens.size(), i + AS_A_REACH); k++) {
        if (tokens.before(k) == Separator.SENTENCE) {
          return false;
        }
        if (tokens.is(k, "you")) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /** The kind of section a heading starting at token {@code i} opens, or null. */
  static SectionKind headingAt(TokenizedText tokens, int i) {
    for (Headings.Heading h : Headings.startingWith(tokens.lower(i))) {
      int n = h.words().size();
      if (matches(tokens, i, h.words()) && endsHeading(tokens, i + n - 1, h.multiWord())) {
        return h.kind();
      }
    }
    // "About Acme", "About Acme Labs": a company's name of one to three capitalised words.
    if (tokens.lower(i).equals("about")) {
      for (int last = i + 1;
          last <= i + 3 && last < tokens.size() && tokens.before(last) != Separator.SENTENCE;
          last++) {
        if (!Character.isUpperCase(tokens.text().charAt(tokens.start(last)))) {
          break;
        }
        if (endsHeading(tokens, last, true)) {
          return SectionKind.ABOUT;
        }
      }
    }
    return null;
  }

  /** Whether the words from token {@code i} on are {@code words}, ignoring case. */
  static boolean matches(TokenizedText tokens, int i, List<String> words) {
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 1; k < words.size(); k++) {
      if (tokens.before(i + k) == Separator.SENTENCE || !tokens.is(i + k, words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a heading's words that end at token {@code last} are a heading: they end the text, a
   * line, or come before a colon or full stop; or, for a phrase of several words, the next sentence
   * starts right after them with a capital letter or a digit, as in flattened postings.
   */
  static boolean endsHeading(TokenizedText tokens, int last, boolean multiWord) {
    if (last + 1 >= tokens.size()) {
      return true;
    }
    String text = tokens.text();
    int from = tokens.end(last);
    int to = tokens.start(last + 1);
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ':' || c == '\n' || c == '\r') {
        return true;
      }
    }
    if (from == to) {
      // Words run together where markup was stripped ("ResponsibilitiesOwn the roadmap").
      return true;
    }
    if (!multiWord || tokens.before(last + 1) == Separator.COMMA) {
      return false;
    }
    char next = text.charAt(to);
    return Character.isUpperCase(next) || Character.isDigit(next);
  }

  /**
   * A heading's section starts at its line's decoration (bullets, hashes), if any, else at its
   * first word.
   */
  private static int headingStart(String text, int wordStart) {
    int i = wordStart;
    while (i > 0
        && (text.charAt(i - 1) == '#' || text.charAt(i - 1) == '*' || text.charAt(i - 1) == '_')) {
      i--;
    }
    return i;
  }

  private static List<Section> sections(NavigableMap<Integer, SectionKind> changes, int length) {
    List<Section> sections = new ArrayList<>();
    List<Map.Entry<Integer, SectionKind>> entries = new ArrayList<>(changes.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      int start = entries.get(i).getKey();
      int end = i + 1 < entries.size() ? entries.get(i + 1).getKey() : length;
      SectionKind kind = entries.get(i).getValue();
      if (end <= start && length > 0) {
        continue;
      }
      if (!sections.isEmpty() && sections.get(sections.size() - 1).kind() == kind) {
        sections.set(
            sections.size() - 1, new Section(kind, sections.get(sections.size() - 1).start(), end));
      } else {
        sections.add(new Section(kind, start, end));
      }
    }
    return sections;
  }
}
