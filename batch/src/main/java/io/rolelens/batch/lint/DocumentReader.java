package io.rolelens.batch.lint;

/**
 * Reads a posting file's text into a {@link LintDocument}: front matter (in any format) skipped,
 * HTML turned to text, and the title taken from the first place that has one: {@code --title}, the
 * front matter's {@code title:}, a {@code .rolelens.yml} rule for the path, the first heading.
 * Stateless and thread-safe.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * The document for {@code source}, read as {@code format}.
   *
   * @param optionTitle the title given on the command line, or null
   * @param configTitle the title a config rule gives this path, or null
   */
  public static LintDocument read(
      String path, PostingFormat format, String source, String optionTitle, String configTitle) {
    FrontMatter front = FrontMatter.read(source);
    BodyText body;
    java.util.function.Supplier<String> heading;
    if (format == PostingFormat.HTML) {
      String markup = source.substring(front.end());
      org.jsoup.nodes.Document html = HtmlBody.parse(markup);
      body = HtmlBody.body(html, markup, front.end());
      heading = () -> HtmlBody.firstHeading(html);
    } else {
      BodyText text = BodyText.slice(source, front.end());
      body = text;
      heading = () -> Headings.first(text.text(), format);
    }
    return titled(path, format, source, body, optionTitle, front.title(), configTitle, heading);
  }

  private static LintDocument titled(
      String path,
      PostingFormat format,
      String source,
      BodyText body,
      String optionTitle,
      String frontTitle,
      String configTitle,
      java.util.function.Supplier<String> heading) {
    if (optionTitle != null) {
      return new LintDocument(path, format, source, optionTitle, TitleSource.OPTION, body);
    }
    if (frontTitle != null && !frontTitle.isBlank()) {
      return new LintDocument(path, format, source, frontTitle, TitleSource.FRONT_MATTER, body);
    }
    if (configTitle != null) {
      return new LintDocument(path, format, source, configTitle, TitleSource.CONFIG, body);
    }
    String first = heading.get().strip();
    return new LintDocument(
        path,
        format,
        source,
        first,
        first.isEmpty() ? TitleSource.NONE : TitleSource.HEADING,
        body);
  }
}
