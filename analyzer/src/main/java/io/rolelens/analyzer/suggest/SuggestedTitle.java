package io.rolelens.analyzer.suggest;

import java.util.Objects;

/**
 * The title that fits a flagged posting's body, with a one-line reason grounded in the seed.
 *
 * @param title such as "Senior Product Owner" or "Product Manager / Product Owner"; null when the
 *     body describes a different job, which none of the three role titles fits
 * @param reason why, in one sentence a job seeker can check against the body
 */
public record SuggestedTitle(String title, String reason) {
  public SuggestedTitle {
    Objects.requireNonNull(reason, "reason");
    if (title != null && title.isBlank()) {
      throw new IllegalArgumentException(
          "a suggested title is null or has words, was '" + title + "'");
    }
  }
}
