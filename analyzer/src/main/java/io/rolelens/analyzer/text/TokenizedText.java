package io.rolelens.analyzer.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A text cut into word tokens with UTF-16 offsets {@code [start, end)} into the original string,
 * the separator before each token and the token's normalized term id. Built once per analysis and
 * only read afterwards (lower-cased forms are filled in on first use); not thread-safe.
 */
public final class TokenizedText {
  private final String text;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final String[] lower;
  private final int[] terms;
  private final Separator[] before;

  TokenizedText(
      String text,
      int size,
      int[] starts,
      int[] ends,
      String[] lower,
      int[] terms,
      Separator[] before) {
    this.text = Objects.requireNonNull(text);
    this.size = size;
    this.starts = starts;
    this.ends = ends;
    this.lower = lower;
    this.terms = terms;
    this.before = before;
  }

  /** The original text. */
  public String text() {
    return text;
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** UTF-16 offset where token {@code i} starts (inclusive). */
  public int start(int i) {
    return starts[i];
  }

  /** UTF-16 offset where token {@code i} ends (exclusive). */
  public int end(int i) {
    return ends[i];
  }

  /** The token's surface text lower-cased with {@code Locale.ROOT} (computed on first use). */
  public String lower(int i) {
    String word = lower[i];
    if (word == null) {
      word = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
      lower[i] = word;
    }
    return word;
  }

  /** Whether token {@code i} is {@code lowerWord}, ignoring case, without building a string. */
  public boolean is(int i, String lowerWord) {
    int length = ends[i] - starts[i];
    return length == lowerWord.length()
        && text.regionMatches(true, starts[i], lowerWord, 0, length);
  }

  /** The token's lexicon term id, or -1 when the lexicon does not use its normalized form. */
  public int term(int i) {
    return terms[i];
  }

  /**
   * What separates token {@code i} from token {@code i - 1} ({@link Separator#SENTENCE} for the
   * first).
   */
  public Separator before(int i) {
    return before[i];
  }
}
