package io.rolelens.batch.lint;

import java.util.Arrays;

/**
 * Turns UTF-16 offsets into a source text into line and column, by a binary search over the offsets
 * where lines start. Immutable and thread-safe.
 */
public final class LineMap {
  private final String source;
  private final int[] lineStarts;

  private LineMap(String source, int[] lineStarts) {
    this.source = source;
    this.lineStarts = lineStarts;
  }

  /** The line map of {@code source}. */
  public static LineMap of(String source) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new LineMap(source, Arrays.copyOf(starts, n));
  }

  /**
   * The line and column of {@code offset} (0 to the source's length), columns counted in {@code
   * unit}.
   */
  public Position position(int offset, ColumnUnit unit) {
    if (offset < 0 || offset > source.length()) {
      throw new IllegalArgumentException(
          "offset " + offset + " outside [0, " + source.length() + "]");
    }
    int found = Arrays.binarySearch(lineStarts, offset);
    int line = found >= 0 ? found : -found - 2;
    int start = lineStarts[line];
    int column = unit == ColumnUnit.UTF16 ? offset - start : source.codePointCount(start, offset);
    return new Position(line + 1, column + 1);
  }
}
