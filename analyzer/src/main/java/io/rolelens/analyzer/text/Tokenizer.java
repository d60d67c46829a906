package io.rolelens.analyzer.text;

import java.util.Arrays;

/**
 * Cuts text into word tokens in one pass over its characters, keeping exact UTF-16 offsets. Words
 * are runs of letters and digits (with inner apostrophes, as in "don't"); run-together words left
 * by stripped markup ("SummaryOwn") are split at the case change. Thread-safe.
 */
public final class Tokenizer {
  /** Tokens longer than this are kept for offsets but never normalized or matched. */
  static final int MAX_WORD = 40;

  private final TermNormalizer normalizer;
  private final SurfaceCache cache = new SurfaceCache();

  /** Creates a tokenizer over a normalizer whose vocabulary is complete. */
  public Tokenizer(TermNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** Tokenizes {@code text}; every token's offsets index into {@code text} itself. */
  public TokenizedText tokenize(String text) {
    int capacity = Math.max(16, text.length() / 5);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int n = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int end = wordEnd(text, i);
      // One token up to each case change in the word, then one to its end.
      int start = i;
      while (start < end) {
        int split = caseSplit(text, start, end);
        int stop = split > 0 ? split : end;
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = start;
        ends[n++] = stop;
        start = stop;
      }
      i = end;
    }
    String[] lower = new String[n];
    int[] terms = new int[n];
    Separator[] before = new Separator[n];
    for (int t = 0; t < n; t++) {
      int len = ends[t] - starts[t];
      terms[t] = len > MAX_WORD ? -1 : cache.termId(text, starts[t], ends[t], normalizer);
      before[t] = t == 0 ? Separator.SENTENCE : separator(text, ends[t - 1], starts[t]);
    }
    return new TokenizedText(text, n, starts, ends, lower, terms, before);
  }

  private static int wordEnd(String text, int i) {
    int length = text.length();
    while (i < length) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019')
          && i + 1 < length
          && Character.isLetter(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Where a run-together word such as "SummaryOwn" splits, or -1. */
  private static int caseSplit(String text, int start, int end) {
    for (int k = start + 1; k + 1 < end; k++) {
      if (Character.isLowerCase(text.charAt(k - 1))
          && Character.isUpperCase(text.charAt(k))
          && Character.isLowerCase(text.charAt(k + 1))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether a full stop directly followed by a word ends a sentence: "strategy.Own" does, "U.S" and
   * "e.g" do not.
   */
  private static boolean gluedSentenceStart(String text, int from, int to) {
    int wordStart = from;
    while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return from - wordStart > 2 && Character.isUpperCase(text.charAt(to));
  }

  /** Classifies the characters between two tokens (a case split counts as a sentence break). */
  static Separator separator(String text, int from, int to) {
    if (from == to) {
      return Separator.SENTENCE;
    }
    Separator result = Separator.NONE;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      switch (c) {
        case '.', '!', '?' -> {
          if (k + 1 < to || c != '.' || gluedSentenceStart(text, from, to)) {
            return Separator.SENTENCE;
          }
        }
        case ';',
            ':',
            '\n',
            '\r',
            '\u2022',
            '\u25CF',
            '\u25AA',
            '\u25E6',
            '\u00B7',
            '\u2023',
            '|' -> {
          return Separator.SENTENCE;
        }
        case ',', '/', '&', '(', ')', '[', ']', '\u2013', '\u2014', '+' -> result = Separator.COMMA;
        case '-' -> {
          if (k > from || k + 1 < to) {
            result = Separator.COMMA;
          }
        }
        default -> {}
      }
    }
    return result;
  }
}
