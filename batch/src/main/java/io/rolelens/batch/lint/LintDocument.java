package io.rolelens.batch.lint;

import io.rolelens.analyzer.Require;

/**
 * One posting ready to lint: its source file's text, the title to judge it under and the body to
 * analyse, with the way back from body offsets to the source.
 *
 * @param path the path as given (or {@code -} for standard input), for messages
 * @param format how the file was read
 * @param source the whole file as UTF-8 text, a byte-order mark removed
 * @param title the title ("" when none was found)
 * @param titleSource where the title came from
 * @param body the text analysed, mapped back to {@code source}
 */
public record LintDocument(
    String path,
    PostingFormat format,
    String source,
    String title,
    TitleSource titleSource,
    BodyText body) {
  public LintDocument {
    Require.nonNull(
        "path format source title titleSource body",
        path,
        format,
        source,
        title,
        titleSource,
        body);
  }

  /** This document read without a title, for the reason {@code why}. */
  public LintDocument untitled(TitleSource why) {
    return new LintDocument(path, format, source, "", why, body);
  }
}
