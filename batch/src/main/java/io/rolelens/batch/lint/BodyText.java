package io.rolelens.batch.lint;

import java.util.Objects;

/**
 * The text RoleLens analyses as a posting's body, with the way back to the source file: each body
 * offset has a UTF-16 {@code [start, end)} range in the source. For text and Markdown the body is a
 * slice of the source from {@code base}; for HTML every body char remembers where in the markup it
 * came from (an entity's whole {@code &amp;amp;}, a collapsed run of spaces' first space).
 * Immutable.
 */
public final class BodyText {
  private final String text;
  private final int base;
  private final int[] sourceStart;
  private final int[] sourceEnd;

  private BodyText(String text, int base, int[] sourceStart, int[] sourceEnd) {
    this.text = Objects.requireNonNull(text, "text");
    this.base = base;
    this.sourceStart = sourceStart;
    this.sourceEnd = sourceEnd;
  }

  /** The body {@code source.substring(base)}: offsets map back by adding {@code base}. */
  public static BodyText slice(String source, int base) {
    return new BodyText(source.substring(base), base, null, null);
  }

  /**
   * A body built from markup: {@code sourceStart[i]}, {@code sourceEnd[i]} hold char i's source
   * range.
   */
  static BodyText mapped(String text, int[] sourceStart, int[] sourceEnd) {
    if (sourceStart.length != text.length() || sourceEnd.length != text.length()) {
      throw new IllegalArgumentException(
          "a source range for each of the "
              + text.length()
              + " chars, had "
              + sourceStart.length
              + " and "
              + sourceEnd.length);
    }
    return new BodyText(text, 0, sourceStart.clone(), sourceEnd.clone());
  }

  /** The text to analyse. */
  public String text() {
    return text;
  }

  /**
   * Where in the source the body's {@code [start, end)} came from, as source offsets {@code [start,
   * end)}.
   */
  public int[] toSource(int start, int end) {
    if (start < 0 || end <= start || end > text.length()) {
      throw new IllegalArgumentException(
          "body range [" + start + ", " + end + ") outside [0, " + text.length() + ")");
    }
    if (sourceStart == null) {
      return new int[] {base + start, base + end};
    }
    return new int[] {sourceStart[start], Math.max(sourceEnd[end - 1], sourceStart[start] + 1)};
  }
}
