package io.rolelens.batch.lint;

/** Where a linted posting's title came from, in the order lint looks for one. */
public enum TitleSource {
  /** {@code --title} on the command line. */
  OPTION,
  /** A {@code title:} line in the file's front matter. */
  FRONT_MATTER,
  /** A {@code titles:} rule of {@code .rolelens.yml} matching the file's path. */
  CONFIG,
  /**
   * The file's first heading (Markdown {@code #}, HTML {@code h1}–{@code h6} or {@code <title>}, a
   * text file's first line).
   */
  HEADING,
  /**
   * The first heading (or line) was longer than the analyzer takes as a title: the posting is read
   * without a title, so its verdict is unclear, and the output says why.
   */
  HEADING_TOO_LONG,
  /** None found: the posting is read without a title, so its verdict is unclear. */
  NONE
}
