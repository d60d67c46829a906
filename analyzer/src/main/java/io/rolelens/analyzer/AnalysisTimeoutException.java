package io.rolelens.analyzer;

import java.time.Duration;
import java.util.Locale;

/**
 * An analysis stopped because it ran past the analyzer's time budget ({@link
 * RoleAnalyzer.Builder#timeBudget}). Ordinary postings take well under a millisecond; a posting
 * that takes this long is usually not one posting, or is built to be slow.
 */
public final class AnalysisTimeoutException extends PostingException {
  private final Duration budget;

  AnalysisTimeoutException(Duration budget, String stage) {
    super(
        String.format(
            Locale.ROOT,
            "the analysis took longer than its budget of %d ms and was stopped while %s: is this"
                + " really one posting?",
            budget.toMillis(),
            stage));
    this.budget = budget;
  }

  /** The budget that was exceeded. */
  public Duration budget() {
    return budget;
  }
}
