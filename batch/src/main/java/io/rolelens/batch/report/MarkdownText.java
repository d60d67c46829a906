package io.rolelens.batch.report;

/**
 * Escapes text from postings (titles, companies, locations, phrases) and from options (the
 * generation time) for {@code report.md}, so it always reads as plain text: no raw HTML such as a
 * {@code <script>} from a posting, no links, images or emphasis it did not ask for, and no broken
 * table rows. HTML-special characters become entities; Markdown's punctuation gets a backslash,
 * which every CommonMark renderer shows as the character itself; line breaks become spaces.
 * Stateless and thread-safe.
 */
final class MarkdownText {
  /**
   * Characters that could start emphasis, code, a link or image, a heading, or end a table cell.
   */
  private static final String PUNCTUATION = "\\`*_[]|~#";

  private MarkdownText() {}

  /** {@code text} as Markdown that renders exactly as the text, on one line. */
  static String escape(String text) {
    StringBuilder md = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> md.append("&amp;");
        case '<' -> md.append("&lt;");
        case '>' -> md.append("&gt;");
        case '\r' -> {
          md.append(' ');
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> md.append(' ');
        default -> {
          if (PUNCTUATION.indexOf(c) >= 0) {
            md.append('\\');
          }
          md.append(c);
        }
      }
    }
    return md.toString();
  }
}
