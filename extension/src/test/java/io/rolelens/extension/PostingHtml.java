package io.rolelens.extension;

import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A plain-text posting as boards show one: a bulleted or numbered line becomes a list item, a short
 * line ending in a colon a bold heading, any other line a paragraph. Text is escaped. Stateless and
 * thread-safe.
 */
final class PostingHtml {
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪]|\\d+[.)])\\s+");

  private PostingHtml() {}

  static String of(String text) {
    StringBuilder html = new StringBuilder();
    boolean inList = false;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean bullet = BULLET.matcher(line).find();
      if (bullet != inList) {
        html.append(bullet ? "<ul>" : "</ul>");
        inList = bullet;
      }
      if (bullet) {
        html.append("<li>").append(escape(BULLET.matcher(line).replaceFirst(""))).append("</li>");
      } else if (line.length() < 60 && line.endsWith(":")) {
        html.append("<p><strong>").append(escape(line)).append("</strong></p>");
      } else {
        html.append("<p>").append(escape(line)).append("</p>");
      }
    }
    if (inList) {
      html.append("</ul>");
    }
    return html.toString();
  }

  private static String escape(String s) {
    return Entities.escape(s);
  }
}
