package io.rolelens.analyzer.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * A lexicon that could not be loaded. The message is plain text a command line prints as it is,
 * never a stack trace: one sentence when the file itself is unusable (missing, binary, not UTF-8,
 * empty), or every validation problem with its line.
 */
public final class LexiconException extends RuntimeException {
  /**
   * Problems the message lists; a file of thousands of bad lines is summarized, not printed whole.
   */
  private static final int MAX_LISTED = 20;

  private final List<String> problems;

  LexiconException(String source, List<String> problems) {
    super(message(source, problems));
    this.problems = List.copyOf(problems);
  }

  private LexiconException(String sentence) {
    super(sentence);
    this.problems = List.of(sentence);
  }

  /** A file that is unusable as a whole; {@code sentence} names the file and the reason. */
  static LexiconException unusable(String sentence) {
    return new LexiconException(sentence);
  }

  /**
   * Each problem as "line N: entry X: what is wrong" (or, for a file unusable as a whole, the one
   * sentence saying why).
   */
  public List<String> problems() {
    return problems;
  }

  private static String message(String source, List<String> problems) {
    if (problems.size() == 1) {
      return "invalid lexicon " + source + ": " + problems.get(0);
    }
    List<String> listed = problems.subList(0, Math.min(problems.size(), MAX_LISTED));
    String more =
        problems.size() > MAX_LISTED
            ? String.format(
                Locale.ROOT, "\n  ... and %,d more problems", problems.size() - MAX_LISTED)
            : "";
    return "invalid lexicon " + source + ":\n  " + String.join("\n  ", listed) + more;
  }
}
