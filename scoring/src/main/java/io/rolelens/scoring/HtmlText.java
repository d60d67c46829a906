package io.rolelens.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a description that may be HTML into the plain text RoleLens scores: tags dropped, block
 * elements and {@code <br>} as line breaks (so sentences do not run together), entities decoded.
 * Plain text passes through untouched except for entities. Stateless and thread-safe.
 */
public final class HtmlText {
  private static final Pattern TAG =
      Pattern.compile(
          "</?(p|br|div|li|ul|ol|b|strong|em|i|u|span|h[1-6]|a|table|tr|td|th|section|article|font|body|html)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY =
      Pattern.compile("&(#\\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private HtmlText() {}

  /** Whether the text looks like HTML markup. */
  public static boolean looksLikeHtml(String text) {
    return startsAnywhere(text, '<', TAG);
  }

  /** The text of {@code description}: HTML converted, entities decoded, anything else as it is. */
  public static String toText(String description) {
    if (looksLikeHtml(description)) {
      return fromHtml(description);
    }
    if (startsAnywhere(description, '&', ENTITY)) {
      return Parser.unescapeEntities(description, false);
    }
    return description;
  }

  /**
   * Whether {@code pattern}, which begins with {@code first}, matches at some occurrence of {@code
   * first}: tried only there, where {@code find()} would try every position of a 4 KB text.
   */
  private static boolean startsAnywhere(String text, char first, Pattern pattern) {
    int at = text.indexOf(first);
    if (at < 0) {
      return false;
    }
    Matcher m = pattern.matcher(text);
    for (; at >= 0; at = text.indexOf(first, at + 1)) {
      if (m.region(at, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static String fromHtml(String html) {
    StringBuilder out = new StringBuilder(html.length());
    Element body = Jsoup.parseBodyFragment(html).body();
    body.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.text());
            } else if (node instanceof Element e
                && (e.nameIs("br") || e.isBlock())
                && !out.isEmpty()) {
              breakLine(out);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock() && !e.nameIs("br")) {
              breakLine(out);
            }
          }
        });
    return out.toString().strip();
  }

  private static void breakLine(StringBuilder out) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    if (end > 0 && out.charAt(end - 1) != '\n') {
      out.append('\n');
    }
  }
}
