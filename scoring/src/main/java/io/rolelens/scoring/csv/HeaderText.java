package io.rolelens.scoring.csv;

import java.util.List;

/**
 * What messages may say about a header row a user gave: a short echo of its names, and whether it
 * is text at all, so a binary file gets a plain sentence rather than a line of mojibake. Stateless
 * and thread-safe.
 */
public final class HeaderText {
  /** How much of a header messages repeat: a wide or odd header should not flood the terminal. */
  private static final int ECHO_CHARS = 200;

  private HeaderText() {}

  /** The header's names joined with commas, cut short after {@value #ECHO_CHARS} characters. */
  public static String echo(List<String> header) {
    String all = String.join(", ", header);
    return all.length() <= ECHO_CHARS ? all : all.substring(0, ECHO_CHARS) + "…";
  }

  /**
   * Whether the names look like binary data: one character in ten or more is a replaced byte or a
   * control character.
   */
  public static boolean looksBinary(List<String> header) {
    String text = String.join(",", header);
    long odd = text.chars().filter(c -> c == 0xFFFD || (c < 0x20 && c != '\t')).count();
    return odd > 0 && odd * 10 >= text.length();
  }
}
