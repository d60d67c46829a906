package io.rolelens.batch.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the first heading of a text or Markdown posting, to use as its title. Stateless. */
final class Headings {
  private static final Pattern ATX = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");
  private static final Pattern SETEXT =
      Pattern.compile("(?m)^ {0,3}(\\S.*?)[ \\t]*\\R {0,3}=+[ \\t]*$");
  private static final Pattern FIRST_LINE = Pattern.compile("(?m)^[ \\t]*(\\S.*?)[ \\t]*$");

  private Headings() {}

  /**
   * The first heading of {@code body}: for Markdown the first {@code #} or {@code ===} heading,
   * whichever comes first; for text (or Markdown without headings) the first line with words. Empty
   * when the body has no words.
   */
  static String first(String body, PostingFormat format) {
    if (format == PostingFormat.MARKDOWN) {
      Matcher atx = ATX.matcher(body);
      Matcher setext = SETEXT.matcher(body);
      boolean a = atx.find();
      boolean s = setext.find();
      if (a || s) {
        return !s || (a && atx.start() < setext.start()) ? atx.group(1) : setext.group(1);
      }
    }
    Matcher line = FIRST_LINE.matcher(body);
    return line.find() ? line.group(1) : "";
  }
}
