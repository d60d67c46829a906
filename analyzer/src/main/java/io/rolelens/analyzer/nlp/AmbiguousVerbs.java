package io.rolelens.analyzer.nlp;

/**
 * Text built to be the part-of-speech tagger's worst case: duty phrases whose verbs the
 * neighbouring word cannot settle ("drive impact own outcomes …"), one after another with no
 * sentence break. For stress runs and time-budget checks; stateless and thread-safe.
 */
public final class AmbiguousVerbs {
  private static final String[] PHRASES = {
    "drive impact",
    "drive revenue",
    "own the roadmap",
    "own outcomes",
    "plan releases",
    "lead the team"
  };

  private AmbiguousVerbs() {}

  /**
   * About {@code chars} of such phrases after the number {@code seed}, in an order the seed also
   * shifts, so that texts of different seeds differ.
   */
  public static String text(int chars, int seed) {
    StringBuilder sb = new StringBuilder(seed + " ");
    for (int i = 0; sb.length() < chars; i++) {
      sb.append(PHRASES[(i * 7 + seed) % PHRASES.length]).append(' ');
    }
    return sb.toString();
  }
}
