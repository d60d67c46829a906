package io.rolelens.batch.lint;

import java.util.Arrays;

/**
 * A string being built char by char where each char remembers its UTF-16 {@code [start, end)} range
 * in a source text. Not thread-safe; one per document.
 */
final class MappedText {
  private final int base;
  private final StringBuilder text = new StringBuilder();
  private int[] starts = new int[256];
  private int[] ends = new int[256];

  /**
   * Source ranges given to {@link #append} are shifted by {@code base}: the markup starts there in
   * the file.
   */
  MappedText(int base) {
    this.base = base;
  }

  void append(char c, int sourceStart, int sourceEnd) {
    int n = text.length();
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
    }
    text.append(c);
    starts[n] = base + sourceStart;
    ends[n] = base + sourceEnd;
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  /** Cuts the text (and the ranges) back to {@code length} chars. */
  void setLength(int length) {
    text.setLength(length);
  }

  /**
   * The body: the text with leading and trailing whitespace stripped as {@link String#strip()}
   * does, each char with its source range.
   */
  BodyText stripped() {
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    return BodyText.mapped(
        text.substring(from, to),
        Arrays.copyOfRange(starts, from, to),
        Arrays.copyOfRange(ends, from, to));
  }
}
