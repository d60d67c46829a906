package io.rolelens.batch.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of posting file {@code rolelens lint} reads, told apart by the file name's extension.
 */
public enum PostingFormat {
  /** Plain text: the body is the file as written. */
  TEXT,
  /**
   * Markdown: read as written (its markup does not hide phrases); the title may be the first
   * heading.
   */
  MARKDOWN,
  /**
   * HTML: tags dropped and entities decoded as {@code score} does, findings mapped back to the
   * markup.
   */
  HTML;

  /** The format of a file named {@code fileName}; empty for an extension lint does not read. */
  public static Optional<PostingFormat> of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(TEXT);
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }
}
