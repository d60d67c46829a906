package io.rolelens.batch.lint;

/**
 * A place in a source file as an editor names it.
 *
 * @param line 1-based line; lines end at {@code \n}, {@code \r\n} or a lone {@code \r}
 * @param column 1-based column in the file's {@link ColumnUnit}
 */
public record Position(int line, int column) {
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based, were " + line + ":" + column);
    }
  }
}
