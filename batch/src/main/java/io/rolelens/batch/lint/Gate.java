package io.rolelens.batch.lint;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.score.Verdict;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a posting fails lint: {@code mismatch} (the body describes another role than the title's;
 * the default), {@code mixed} (a mismatch, or a body that mixes in a substantial share of another
 * role), or {@code score>=N} (a confusion score of at least N, 0 to 100). An unclear verdict never
 * fails.
 *
 * @param spec the gate as written, such as {@code score>=60}
 * @param minScore for a score gate, the lowest failing score; else -1
 */
public record Gate(String spec, int minScore) {
  /** The gate when none is given. */
  public static final Gate DEFAULT = parse("mismatch");

  private static final Pattern SCORE = Pattern.compile("score\\s*>=\\s*(\\d{1,3})");

  /** Reads a gate; the message of the exception names the bad value and the three forms. */
  public static Gate parse(String spec) {
    String s = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
    if (s.equals("mismatch") || s.equals("mixed")) {
      return new Gate(s, -1);
    }
    Matcher m = SCORE.matcher(s);
    if (m.matches() && Integer.parseInt(m.group(1)) <= 100) {
      return new Gate("score>=" + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException(
        "the gate '" + spec + "' is not one of mismatch, mixed, score>=N (N from 0 to 100)");
  }

  /** Whether {@code analysis} fails this gate. */
  public boolean fails(Analysis analysis) {
    Verdict v = analysis.verdict();
    if (minScore >= 0) {
      return analysis.confusionScore() != null && analysis.confusionScore() >= minScore;
    }
    return v == Verdict.MISMATCH || (spec.equals("mixed") && v == Verdict.MIXED);
  }

  @Override
  public String toString() {
    return spec;
  }
}
