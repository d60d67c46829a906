package io.rolelens.analyzer.match;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.Set;

/**
 * Recognises negated or excluded phrases: a cue shortly before the phrase in the same sentence ("no
 * PMP required", "this is not a project management role", "without Scrum ceremonies") or a denial
 * right after it ("PMP not required"). Cues that do not negate ("not only", "not limited to", "no
 * matter") are ignored, and a contrast word ("but", "however") ends a cue's reach. A certification
 * named in a list that continues an exclusion across a semicolon, colon or "e.g." is excluded too
 * ("Certifications valued but not required; examples include CSPO"); nothing else reaches across,
 * so "No PMP required; you will own the product roadmap" keeps the roadmap. Thread-safe.
 */
final class Negation {
  static final int LOOK_BACK = 6;
  static final int LOOK_AHEAD = 3;
  private static final Set<String> CUES =
      Set.of("no", "not", "never", "without", "neither", "nor", "cannot", "non", "none");
  private static final Set<String> NOT_NEGATING_NEXT =
      Set.of("only", "just", "limited", "least", "matter", "less", "later", "doubt", "exception");
  private static final Set<String> CONTRAST =
      Set.of("but", "however", "although", "though", "while", "whereas", "instead", "rather");
  private static final Set<String> DENIED =
      Set.of(
          "required",
          "needed",
          "necessary",
          "mandatory",
          "essential",
          "expected",
          "involved",
          "part");

  /** Words that say a listed certification is wanted after all ("CSPO is a must"). */
  private static final Set<String> DEMANDED =
      Set.of("must", "required", "mandatory", "essential", "needed", "necessary");

  /** Words that open a list of examples ("examples include", "such as", "including", "namely"). */
  private static final Set<String> LIST_CUES =
      Set.of(
          "example",
          "examples",
          "include",
          "includes",
          "including",
          "such",
          "namely",
          "instance",
          "eg");

  /** Tokens a list may run before the certification it names. */
  static final int LIST_REACH = 12;

  /** What a sentence-type separator is, for an exclusion's reach. */
  private enum Gap {
    /** A semicolon. */
    SEMICOLON,
    /** A colon. */
    COLON,
    /** The full stop of "e.g." or "i.e.", which opens a list. */
    ABBREVIATION,
    /** Anything else: a full stop, a line break, a bullet. */
    HARD
  }

  private Negation() {}

  /**
   * Whether the phrase on tokens {@code [first, last]} is negated or excluded; {@code
   * certification} says whether it names a certification, which a list may carry past a semicolon
   * or colon.
   */
  static boolean isNegated(TokenizedText text, int first, int last, boolean certification) {
    return cueBefore(text, first)
        || denialAfter(text, last)
        || (certification && excludedByListBefore(text, first) && !demandedAfter(text, last));
  }

  /**
   * Whether the clause after a listed certification demands it after all ("Experience not required:
   * CSPO certification is a must"), which overrides the denial the list continues.
   */
  private static boolean demandedAfter(TokenizedText text, int last) {
    for (int j = last + 1;
        j < text.size() && j - last <= LOOK_BACK && text.before(j) != Separator.SENTENCE;
        j++) {
      if (DEMANDED.contains(text.lower(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the phrase starting at {@code first} sits in a list of examples ("examples include",
   * "such as", "e.g.", or a colon right after the denial) that continues, past one semicolon or
   * colon, a clause denying a requirement ("not required", "no … needed").
   */
  private static boolean excludedByListBefore(TokenizedText text, int first) {
    boolean listed = false;
    for (int j = first; j > 0 && first - j < LIST_REACH; j--) {
      if (text.before(j) == Separator.SENTENCE) {
        Gap gap = gap(text, j);
        if (gap == Gap.HARD) {
          return false;
        }
        if (gap != Gap.ABBREVIATION) {
          listed |= gap == Gap.COLON && DENIED.contains(text.lower(j - 1));
          return listed && denialEndsClause(text, j - 1);
        }
        if (denialEndsClause(text, j - 1)) {
          return true;
        }
        listed = true;
      }
      listed |= LIST_CUES.contains(text.lower(j - 1)) || isAbbreviation(text, j - 1);
    }
    return false;
  }

  /**
   * Whether a denial ("not required", "no certification needed") ends the clause closing at {@code
   * last}.
   */
  private static boolean denialEndsClause(TokenizedText text, int last) {
    for (int j = last; j >= 0 && last - j < LOOK_BACK; j--) {
      String word = text.lower(j);
      if (CONTRAST.contains(word)) {
        return false;
      }
      if (DENIED.contains(word) && cueShortlyBefore(text, j)) {
        return true;
      }
      if (text.before(j) == Separator.SENTENCE) {
        return false;
      }
    }
    return false;
  }

  /** Whether a negating cue stands one to three words before token {@code j}, in its sentence. */
  private static boolean cueShortlyBefore(TokenizedText text, int j) {
    for (int k = j - 1; k >= 0 && j - k <= 3 && text.before(k + 1) != Separator.SENTENCE; k--) {
      if (isCue(text.lower(k)) && !NOT_NEGATING_NEXT.contains(text.lower(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Classifies the sentence-type separator before token {@code j}; a line break is always hard. */
  private static Gap gap(TokenizedText text, int j) {
    StringBuilder marks = new StringBuilder(2);
    for (int k = text.end(j - 1); k < text.start(j); k++) {
      char c = text.text().charAt(k);
      if (c != ' ' && c != '\t' && c != '\u00A0') {
        marks.append(c);
      }
    }
    return switch (marks.toString()) {
      case ";" -> Gap.SEMICOLON;
      case ":" -> Gap.COLON;
      case ".", ".," -> isAbbreviation(text, j - 1) ? Gap.ABBREVIATION : Gap.HARD;
      default -> Gap.HARD;
    };
  }

  /** Whether token {@code j} ends "e.g", "i.e" or "eg". */
  private static boolean isAbbreviation(TokenizedText text, int j) {
    if (text.is(j, "eg")) {
      return true;
    }
    return j > 0
        && text.before(j) == Separator.NONE
        && ((text.is(j - 1, "e") && text.is(j, "g")) || (text.is(j - 1, "i") && text.is(j, "e")));
  }

  private static boolean cueBefore(TokenizedText text, int first) {
    for (int j = first - 1, seen = 0; j >= 0 && seen < LOOK_BACK; j--, seen++) {
      if (text.before(j + 1) == Separator.SENTENCE) {
        return false;
      }
      String word = text.lower(j);
      if (CONTRAST.contains(word)) {
        return false;
      }
      if (isCue(word) && !(j + 1 < text.size() && NOT_NEGATING_NEXT.contains(text.lower(j + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean denialAfter(TokenizedText text, int last) {
    for (int j = last + 1; j < text.size() && j <= last + LOOK_AHEAD; j++) {
      if (text.before(j) == Separator.SENTENCE) {
        return false;
      }
      if (isCue(text.lower(j)) && j + 1 < text.size() && text.before(j + 1) != Separator.SENTENCE) {
        return DENIED.contains(text.lower(j + 1));
      }
    }
    return false;
  }

  private static boolean isCue(String word) {
    return CUES.contains(word) || word.endsWith("n't") || word.endsWith("n\u2019t");
  }
}
