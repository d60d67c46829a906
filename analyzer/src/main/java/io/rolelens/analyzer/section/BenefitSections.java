package io.rolelens.analyzer.section;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Keeps a benefits heading to benefits. Postings head their duties "What's in it for you?" too, and
 * a benefits section used to run on to the next heading the table knows, taking every duty and
 * requirement under it for a benefit. So a line standing alone as a heading the table does not know
 * (a short line ending in a colon or a question mark) starts a new part, and a part of a benefits
 * section that names no benefit (pay, leave, insurance, …) is read as the job, as text before any
 * heading is, unless a heading that names benefits ("Benefits", "What we offer", "Wir bieten")
 * opens it: headings that ask why one should join or what is in it for one head duties or company
 * blurbs as often as benefits. A heading line ending in "if you" ("We'd love to hear from you, if
 * you:", "You're a perfect fit if you:") opens requirements wherever it stands. Stateless and
 * thread-safe.
 */
final class BenefitSections {
  /** The most words a line standing alone may have to be taken for a heading. */
  private static final int MAX_HEADING_WORDS = 12;

  /**
   * Words that name a benefit, in English and the languages whose headings RoleLens reads. Words
   * that duties use as well ("vision", "growth", "development", "competitive") are left out.
   */
  private static final Set<String> BENEFIT_WORDS =
      Set.of(
          """
          benefit benefits perk perks salary salaries pay paid bonus bonuses compensation rewards
          insurance health healthcare medical dental pension retirement 401k 401 vacation vacations
          holiday holidays pto leave parental maternity paternity remote flexible flexibility
          equity stock rsu rsus wellness wellbeing gym allowance stipend discount discounts
          reimbursement relocation
          gehalt urlaub urlaubstage homeoffice salario sueldo vacaciones seguro salaire congés
          mutuelle télétravail salaris vakantiedagen pensioen wynagrodzenie urlop ubezpieczenie
          stipendio ferie salário férias lön semester förmåner lønn forsikring
          """
              .strip()
              .split("\\s+"));

  /** Benefits headings that may head something else. */
  private static final List<List<String>> DOUBTFUL_HEADINGS =
      Headings.phrases("what's in it for you", "why join us", "why work with|for|at us");

  private BenefitSections() {}

  /** Splits benefits sections at unknown heading lines and gives back what is not a benefit. */
  static void confine(TokenizedText tokens, NavigableMap<Integer, SectionKind> changes) {
    for (int i = 0; i < tokens.size(); i++) {
      int last = headingLineEnd(tokens, i);
      if (last < 0 || SectionReader.headingAt(tokens, i) != null) {
        continue;
      }
      if (tokens.is(last, "you") && last > i && tokens.is(last - 1, "if")) {
        changes.put(tokens.start(i), SectionKind.REQUIREMENTS);
      } else if (changes.floorEntry(tokens.start(i)).getValue() == SectionKind.BENEFITS) {
        changes.put(tokens.start(i), SectionKind.BENEFITS);
      }
    }
    List<Map.Entry<Integer, SectionKind>> entries = new ArrayList<>(changes.entrySet());
    int token = 0;
    for (int e = 0; e < entries.size(); e++) {
      int start = entries.get(e).getKey();
      int end = e + 1 < entries.size() ? entries.get(e + 1).getKey() : tokens.text().length();
      while (token < tokens.size() && tokens.start(token) < start) {
        token++;
      }
      if (entries.get(e).getValue() == SectionKind.BENEFITS
          && !namesBenefitsInItsHeading(tokens, token)
          && !namesABenefit(tokens, token, end)) {
        changes.put(start, SectionKind.INTRO);
      }
    }
  }

  /** Whether token {@code i} opens a benefits heading other than a doubtful one. */
  private static boolean namesBenefitsInItsHeading(TokenizedText tokens, int i) {
    if (i >= tokens.size() || SectionReader.headingAt(tokens, i) != SectionKind.BENEFITS) {
      return false;
    }
    return DOUBTFUL_HEADINGS.stream()
        .noneMatch(h -> tokens.is(i, h.get(0)) && SectionReader.matches(tokens, i, h));
  }

  private static boolean namesABenefit(TokenizedText tokens, int from, int end) {
    for (int i = from; i < tokens.size() && tokens.start(i) < end; i++) {
      if (BENEFIT_WORDS.contains(tokens.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last token of the line token {@code i} opens, when that line stands alone as a heading: it
   * starts a line, has at most {@link #MAX_HEADING_WORDS} words and ends in a colon or a question
   * mark; else -1.
   */
  private static int headingLineEnd(TokenizedText tokens, int i) {
    String text = tokens.text();
    if (tokens.before(i) != Separator.SENTENCE
        || (i > 0 && !lineBreakIn(text, tokens.end(i - 1), tokens.start(i)))) {
      return -1;
    }
    int last = i;
    while (last + 1 < tokens.size()
        && !lineBreakIn(text, tokens.end(last), tokens.start(last + 1))) {
      if (++last - i >= MAX_HEADING_WORDS) {
        return -1;
      }
    }
    int lineEnd = last + 1 < tokens.size() ? tokens.start(last + 1) : text.length();
    for (int k = tokens.end(last); k < lineEnd; k++) {
      char c = text.charAt(k);
      if (c == ':' || c == '?') {
        return last;
      }
      if (c == '\n' || c == '\r') {
        break;
      }
    }
    return -1;
  }

  /** Whether {@code text[from, to)} holds a line break. */
  private static boolean lineBreakIn(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
        return true;
      }
    }
    return false;
  }
}
