package io.rolelens.analyzer.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a posting into its usual parts (about the company, responsibilities, requirements, nice
 * to have, benefits, equal-opportunity text) from its headings ({@link Headings}), at the start of
 * a line or of a sentence, so flattened postings whose line breaks were lost are split too. A
 * sentence of equal-opportunity or other legal text ("without regard to race", "reasonable
 * accommodation", "background checks") is marked as such wherever it stands, since many postings
 * append it without a heading. Text before the first heading is {@link SectionKind#INTRO}.
 * Thread-safe (stateless).
 */
public final class SectionReader {
  /** A heading is short: this many chars at most. */
  static final int MAX_HEADING = 80;

  private static final Pattern LEGAL_SENTENCE =
      Pattern.compile(
          "equal (?:employment )?opportunit|without regard to|affirmative action|reasonable accommodation"
              + "|protected (?:veteran|characteristic|class|status)|sexual orientation|gender identity"
              + "|background check|fair chance|e-verify|applicant privacy|national origin"
              + "|chancengleichheit|igualdad de oportunidades|égalité des chances|gelijke kansen",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The sections of {@code text}, covering all of it. */
  public PostingSections read(String text) {
    NavigableMap<Integer, SectionKind> changes = new TreeMap<>();
    changes.put(0, SectionKind.INTRO);
    for (int p = 0; p >= 0 && p < text.length(); p = nextStart(text, p)) {
      int at = skipDecoration(text, p);
      SectionKind kind = headingAt(text, at);
      if (kind != null) {
        changes.put(at, kind);
      }
    }
    markLegalSentences(text, changes);
    List<Section> sections = new ArrayList<>();
    List<Map.Entry<Integer, SectionKind>> entries = new ArrayList<>(changes.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      int start = entries.get(i).getKey();
      int end = i + 1 < entries.size() ? entries.get(i + 1).getKey() : text.length();
      SectionKind kind = entries.get(i).getValue();
      if (end > start || text.isEmpty()) {
        if (!sections.isEmpty() && sections.get(sections.size() - 1).kind() == kind) {
          Section last = sections.remove(sections.size() - 1);
          sections.add(new Section(kind, last.start(), end));
        } else {
          sections.add(new Section(kind, start, end));
        }
      }
    }
    if (sections.isEmpty()) {
      sections.add(new Section(SectionKind.INTRO, 0, text.length()));
    }
    return new PostingSections(sections);
  }

  /** The kind of section a heading at {@code at} opens, or null when no heading starts there. */
  static SectionKind headingAt(String text, int at) {
    if (at >= text.length() || !Character.isLetter(text.codePointAt(at))) {
      return null;
    }
    int limit = Math.min(text.length(), at + MAX_HEADING);
    for (Headings.Heading h : Headings.ALL) {
      Matcher m = h.pattern().matcher(text).region(at, limit);
      if (m.lookingAt() && endsHeading(text, m.end(), h.multiWord())) {
        return h.kind();
      }
    }
    for (Pattern aboutName : Headings.ABOUT_NAME) {
      Matcher name = aboutName.matcher(text).region(at, limit);
      if (name.lookingAt() && endsHeading(text, name.end(), true)) {
        return SectionKind.ABOUT;
      }
    }
    return null;
  }

  /**
   * Whether a heading phrase that ends at {@code end} is a heading: it ends the line, or a colon
   * follows it, or (for a phrase of several words) the next sentence starts right after it with a
   * capital letter, a digit or a bullet, as in flattened postings.
   */
  static boolean endsHeading(String text, int end, boolean multiWord) {
    if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      return false;
    }
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '*' || text.charAt(i) == '_')) {
      i++;
    }
    if (i >= text.length()) {
      return true;
    }
    char next = text.charAt(i);
    if (next == ':' || next == '\n' || next == '\r') {
      return true;
    }
    if (!multiWord || i == end) {
      return false;
    }
    return Character.isUpperCase(next) || Character.isDigit(next) || next == '•' || next == '-' || next == '·';
  }

  /** The start of the next line or sentence after {@code p}, or -1 at the end. */
  static int nextStart(String text, int p) {
    for (int i = p; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '•') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Skips the spaces, bullets and markup that can come before a heading. */
  static int skipDecoration(String text, int p) {
    int i = p;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '-' || c == '*' || c == '•' || c == '#' || c == '>' || c == '_' || c == '·' || c == '|') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Marks each sentence of legal text, keeping the section it interrupts after it. */
  private static void markLegalSentences(String text, NavigableMap<Integer, SectionKind> changes) {
    Matcher m = LEGAL_SENTENCE.matcher(text);
    int from = 0;
    while (m.find(from)) {
      int start = sentenceStart(text, m.start());
      int end = sentenceEnd(text, m.end());
      SectionKind resume = changes.floorEntry(end).getValue();
      changes.subMap(start, true, end, true).clear();
      changes.put(start, SectionKind.EQUAL_OPPORTUNITY);
      if (end < text.length()) {
        changes.put(end, resume);
      }
      from = Math.max(end, m.end());
      if (from >= text.length()) {
        break;
      }
    }
  }

  private static int sentenceStart(String text, int at) {
    for (int i = at - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == ' ' || c == '\t') && ".!?".indexOf(text.charAt(i - 1)) >= 0)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i + 1;
      }
      if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return text.length();
  }
}
