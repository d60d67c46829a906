package io.rolelens.analyzer.match;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.Set;

/**
 * Recognises negated or excluded phrases: a cue shortly before the phrase in the same sentence ("no
 * PMP required", "this is not a project management role", "without Scrum ceremonies") or a denial
 * right after it ("PMP not required"). Cues that do not negate ("not only", "not limited to", "no
 * matter") are ignored, and a contrast word ("but", "however") ends a cue's reach. Thread-safe.
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
      Set.of("required", "needed", "necessary", "mandatory", "essential", "expected", "involved", "part");

  private Negation() {}

  static boolean isNegated(TokenizedText text, int first, int last) {
    return cueBefore(text, first) || denialAfter(text, last);
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
