package io.rolelens.batch.lint;

import java.util.Locale;

/**
 * A posting's front matter: a block between two {@code ---} lines at the very start of a text or
 * Markdown file, as static-site generators write it. Only its {@code title:} line is read.
 *
 * @param title the {@code title:} value without quotes; null when the block has none (or there is
 *     no block)
 * @param titleOffset where the title value starts in the source; -1 without a title
 * @param end where the body starts: just past the closing {@code ---} line; 0 without front matter
 */
public record FrontMatter(String title, int titleOffset, int end) {
  private static final FrontMatter NONE = new FrontMatter(null, -1, 0);

  /** Reads the front matter at the start of {@code source}, or none. */
  public static FrontMatter read(String source) {
    if (!source.startsWith("---\n") && !source.startsWith("---\r\n")) {
      return NONE;
    }
    String title = null;
    int titleOffset = -1;
    int lineStart = source.indexOf('\n') + 1;
    while (lineStart < source.length()) {
      int newline = source.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? source.length() : newline;
      String line = source.substring(lineStart, lineEnd).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return new FrontMatter(title, titleOffset, newline < 0 ? source.length() : newline + 1);
      }
      if (title == null && line.toLowerCase(Locale.ROOT).startsWith("title:")) {
        String value = line.substring("title:".length()).strip();
        titleOffset = lineStart + line.indexOf(value, "title:".length());
        title = unquoted(value);
      }
      lineStart = lineEnd + 1;
    }
    return NONE; // never closed: not front matter, just a posting that starts with a rule
  }

  private static String unquoted(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
