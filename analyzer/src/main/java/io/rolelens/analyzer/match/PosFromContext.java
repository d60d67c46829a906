package io.rolelens.analyzer.match;

import io.rolelens.analyzer.lexicon.PatternSpec.Pos;
import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.Set;

/**
 * Settles a pattern's part-of-speech constraint from the neighbouring word where it can ("your own
 * roadmap": not the verb; "you will own the roadmap": the verb), so that the statistical tagger
 * runs only on the rare cases the neighbour leaves open. Stateless and thread-safe.
 */
final class PosFromContext {
  /**
   * Words before which "own", "lead" or "plan" is a modifier or noun, not the verb a pattern wants.
   */
  private static final Set<String> NOT_BEFORE_VERB =
      Set.of(
          "your", "our", "their", "my", "his", "her", "its", "the", "a", "an", "this", "that", "of",
          "tech", "team");

  /** Words after which such a word is almost surely the verb. */
  private static final Set<String> BEFORE_VERB =
      Set.of(
          "will",
          "to",
          "you",
          "we",
          "they",
          "i",
          "can",
          "must",
          "should",
          "shall",
          "would",
          "and",
          "or",
          "also",
          "who",
          "help",
          "helps",
          "then",
          "actively",
          "effectively",
          "successfully");

  private PosFromContext() {}

  /**
   * Decides a part-of-speech constraint from the neighbouring word when that settles it ("your own
   * roadmap": no; "you will own the roadmap": yes), so the statistical tagger runs only on the rare
   * ambiguous cases. Returns null when the tagger must decide.
   */
  static Boolean decide(TokenizedText tokens, int token, Pos wanted) {
    if (wanted == Pos.NOUN) {
      return noun(tokens, token);
    }
    if (tokens.before(token) == Separator.SENTENCE) {
      return Boolean.TRUE;
    }
    String word = tokens.lower(token);
    if (word.endsWith("ing") || word.endsWith("ed") || word.endsWith("s")) {
      return Boolean.TRUE;
    }
    String previous = tokens.lower(token - 1);
    if (NOT_BEFORE_VERB.contains(previous)) {
      return Boolean.FALSE;
    }
    if (BEFORE_VERB.contains(previous) || tokens.before(token) == Separator.COMMA) {
      return Boolean.TRUE;
    }
    return null;
  }

  /** A noun the pattern wants after a determiner or preposition; a verb after "will", "to", … */
  private static Boolean noun(TokenizedText tokens, int token) {
    if (tokens.before(token) == Separator.SENTENCE) {
      return null;
    }
    String previous = tokens.lower(token - 1);
    if (NOT_BEFORE_VERB.contains(previous)) {
      return Boolean.TRUE;
    }
    return BEFORE_VERB.contains(previous) ? Boolean.FALSE : null;
  }
}
