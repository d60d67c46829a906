package io.rolelens.batch.mine;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;

/**
 * Cuts the sentence around an occurrence out of a posting and makes the line a person reads: the
 * sentence (as the analyzer bounds it: full stops, colons, semicolons, line breaks, bullets) with
 * whitespace collapsed, trimmed at word boundaries to about {@value #WIDTH} characters around the
 * phrase, {@code …} where it was cut, and the phrase marked {@code **like this**}. Stateless and
 * thread-safe.
 */
final class ExampleText {
  /** About how many characters an example shows. */
  static final int WIDTH = 160;

  private static final String MARK = "**";
  private static final String CUT = "…";

  private ExampleText() {}

  /** The first token of the sentence holding token {@code i}. */
  static int sentenceStart(TokenizedText tokens, int i) {
    int first = i;
    while (first > 0 && tokens.before(first) != Separator.SENTENCE) {
      first--;
    }
    return first;
  }

  /** The last token of the sentence holding token {@code i}. */
  static int sentenceEnd(TokenizedText tokens, int i) {
    int last = i;
    while (last + 1 < tokens.size() && tokens.before(last + 1) != Separator.SENTENCE) {
      last++;
    }
    return last;
  }

  /**
   * {@code sentence} with {@code [start, end)} marked, collapsed and trimmed to about {@value
   * #WIDTH} chars.
   */
  static String marked(String sentence, int start, int end) {
    String before = collapse(sentence.substring(0, start)).stripLeading();
    String phrase = collapse(sentence.substring(start, end));
    String after = collapse(sentence.substring(end)).stripTrailing();
    int room = Math.max(0, WIDTH - phrase.length());
    if (before.length() + after.length() > room) {
      int left = room / 2;
      int right = room - left;
      if (before.length() < left) {
        right += left - before.length();
        left = before.length();
      } else if (after.length() < right) {
        left += right - after.length();
        right = after.length();
      }
      before = tail(before, left);
      after = head(after, right);
    }
    return before + MARK + phrase + MARK + after;
  }

  /** The last {@code chars} or fewer characters of {@code text}, starting at a word. */
  private static String tail(String text, int chars) {
    if (text.length() <= chars) {
      return text;
    }
    int from = text.length() - chars;
    int space = text.indexOf(' ', from);
    return space < 0 ? CUT : CUT + text.substring(space + 1);
  }

  /** The first {@code chars} or fewer characters of {@code text}, ending at a word. */
  private static String head(String text, int chars) {
    if (text.length() <= chars) {
      return text;
    }
    int space = text.lastIndexOf(' ', chars);
    return space <= 0 ? CUT : text.substring(0, space) + CUT;
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
