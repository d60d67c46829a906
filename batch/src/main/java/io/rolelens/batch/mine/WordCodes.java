package io.rolelens.batch.mine;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;

/**
 * A posting's words as one {@code int} per token of the analyzer's tokenizer: the word's {@link
 * Vocabulary} id, with {@link #BREAK} set when a phrase may not run from the token before into this
 * one, or -1 for a token no phrase may hold (a word too long to be one, or one the vocabulary does
 * not know). Phrases break where the analyzer's phrases do, at sentence ends (full stops, colons,
 * semicolons, line breaks, bullets), and also at commas, brackets and dashes, so that list items
 * ("SQL, Python, Tableau") do not become phrases; a slash, ampersand or plus between two words with
 * no space ("A/B", "P&L", "R&D") joins them. Stateless and thread-safe.
 */
final class WordCodes {
  /** Set on a token that a phrase may not join to the token before it. */
  static final int BREAK = 1 << 30;

  /** Longer tokens are not words (the analyzer does not match them either). */
  private static final int MAX_WORD = 40;

  private WordCodes() {}

  /** The codes of {@code tokens}, one per token, learning words unless {@code words} is frozen. */
  static int[] encode(TokenizedText tokens, Vocabulary words) {
    int[] codes = new int[tokens.size()];
    for (int i = 0; i < codes.length; i++) {
      int id = tokens.end(i) - tokens.start(i) > MAX_WORD ? -1 : words.id(tokens.lower(i));
      codes[i] = id < 0 ? -1 : id | (i > 0 && codes[i - 1] >= 0 && joins(tokens, i) ? 0 : BREAK);
    }
    return codes;
  }

  /** The word id of a code, or -1 for a token no phrase may hold. */
  static int word(int code) {
    return code < 0 ? -1 : code & ~BREAK;
  }

  /** Whether the token with {@code code} continues a phrase from the (usable) token before it. */
  static boolean joined(int code) {
    return code >= 0 && (code & BREAK) == 0;
  }

  private static boolean joins(TokenizedText tokens, int i) {
    Separator before = tokens.before(i);
    if (before == Separator.NONE) {
      return true;
    }
    if (before == Separator.SENTENCE) {
      return false;
    }
    int from = tokens.end(i - 1);
    return tokens.start(i) - from == 1 && "/&+".indexOf(tokens.text().charAt(from)) >= 0;
  }
}
