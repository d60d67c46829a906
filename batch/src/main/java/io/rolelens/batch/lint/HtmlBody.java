package io.rolelens.batch.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML posting into the text {@code rolelens score} analyses for the same markup (as
 * {@link io.rolelens.scoring.HtmlText} writes it: block elements and {@code <br>} as line breaks,
 * whitespace collapsed, entities decoded), keeping for each char where it stands in the markup, so
 * a finding points at the line and column of the HTML file. Stateless and thread-safe.
 */
final class HtmlBody {
  /** A character reference as jsoup reads one in text: named (with or without ';') or numeric. */
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{0,31};?)");

  private HtmlBody() {}

  /**
   * Parses {@code html} keeping source positions, as {@code Jsoup.parseBodyFragment} does for
   * {@code score}: the markup is read as the body's content, so a whole page's {@code <title>} (and
   * any text of its head) lands in the body, where {@code score} reads it too.
   */
  static Document parse(String html) {
    Document document = Document.createShell("");
    Element body = document.body();
    List<Node> nodes =
        Parser.htmlParser().setTrackPosition(true).parseFragmentInput(html, body, "");
    for (Node node : nodes.toArray(new Node[0])) {
      body.appendChild(node); // moving a node keeps the source range the parser gave it
    }
    return document;
  }

  /**
   * The first heading's text ({@code h1} to {@code h6}), else the first {@code <title>}'s; empty
   * when neither.
   */
  static String firstHeading(Document document) {
    Element heading = document.selectFirst("h1, h2, h3, h4, h5, h6");
    Element title = heading != null ? heading : document.selectFirst("title");
    return title != null ? title.text() : "";
  }

  /**
   * The body text of a document parsed by {@link #parse}, mapped back to {@code html}, which starts
   * at {@code base} in the file (after its front matter).
   */
  static BodyText body(Document document, String html, int base) {
    MappedText out = new MappedText(base);
    document
        .body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                  appendText(out, t, html);
                } else if (node instanceof Element e
                    && (e.nameIs("br") || e.isBlock())
                    && !out.isEmpty()) {
                  breakLine(out, e.sourceRange().start().pos());
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && !e.nameIs("br")) {
                  breakLine(
                      out,
                      e.endSourceRange().isTracked()
                          ? e.endSourceRange().start().pos()
                          : e.sourceRange().end().pos());
                }
              }
            });
    return out.stripped();
  }

  /**
   * Appends a text node's text as {@code TextNode.text()} gives it: whitespace runs as one space,
   * invisible chars dropped.
   */
  private static void appendText(MappedText out, TextNode node, String html) {
    String whole = node.getWholeText();
    int[][] ranges =
        align(whole, html, node.sourceRange().start().pos(), node.sourceRange().end().pos());
    boolean lastWasWhite = false;
    for (int i = 0; i < whole.length(); i++) {
      char c = whole.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
        if (!lastWasWhite) {
          out.append(' ', ranges[0][i], ranges[1][i]);
        }
        lastWasWhite = true;
      } else if (c != '\u200B' && c != '\u00AD') {
        out.append(c, ranges[0][i], ranges[1][i]);
        lastWasWhite = false;
      }
    }
  }

  /**
   * For each char of a text node's decoded text, its {@code [start, end)} in the markup between
   * {@code from} and {@code to}: a char as written maps to itself, a decoded entity's chars to the
   * whole reference; anything the parser dropped (a carriage return) is skipped.
   */
  static int[][] align(String decoded, String html, int from, int to) {
    int[] starts = new int[decoded.length()];
    int[] ends = new int[decoded.length()];
    Matcher entity = ENTITY.matcher(html);
    int p = from;
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (p < to && html.charAt(p) == '&' && entity.region(p, to).lookingAt()) {
        String replaced = Parser.unescapeEntities(entity.group(), false);
        if (!replaced.equals(entity.group()) && decoded.startsWith(replaced, i)) {
          for (int k = 0; k < replaced.length(); k++) {
            starts[i + k] = p;
            ends[i + k] = entity.end();
          }
          i += replaced.length() - 1;
          p = entity.end();
          continue;
        }
      }
      int at = p < to && html.charAt(p) == c ? p : html.indexOf(c, p);
      if (at < 0 || at >= to) {
        at = Math.min(p, Math.max(from, to - 1));
      }
      starts[i] = at;
      ends[i] = at + 1;
      p = Math.max(p, at + 1);
    }
    return new int[][] {starts, ends};
  }

  private static void breakLine(MappedText out, int at) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    if (end > 0 && out.charAt(end - 1) != '\n') {
      out.append('\n', at, at);
    }
  }
}
