package io.rolelens.server.market;

import io.rolelens.analyzer.Require;

/** An indexed posting whose body reads like the one analysed, as the market context lists it. */
public record SimilarPosting(
    String id, String title, String company, String quarter, String verdict) {
  public SimilarPosting {
    Require.nonNull("id title company quarter verdict", id, title, company, quarter, verdict);
  }
}
