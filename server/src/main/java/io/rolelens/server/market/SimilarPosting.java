package io.rolelens.server.market;

import java.util.Objects;

/** An indexed posting whose body reads like the one analysed, as the market context lists it. */
public record SimilarPosting(
    String id, String title, String company, String quarter, String verdict) {
  public SimilarPosting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(verdict, "verdict");
  }
}
