package io.rolelens.server.market;

import java.util.List;
import java.util.Objects;

/**
 * How the indexed postings of the analysed posting's title role read in one quarter (duplicates
 * left out): the figures {@code rolelens search "quarter:Q AND title_role:R AND duplicate:false"}
 * counts, as fractions, where this posting's confusion score falls among theirs, and the indexed
 * postings whose bodies read most like this one.
 *
 * @param quarter the posting's quarter, such as {@code 2025Q3}: from its date; for an undated
 *     posting, the latest quarter with at least {@link MarketIndex#ENOUGH} postings of its title
 *     role, else the index's latest; null when neither the posting nor any indexed posting is dated
 * @param titleRole the title role of the posting, as the analysis reads it ({@code
 *     product_manager}, …)
 * @param postings how many indexed postings share that title role and quarter
 * @param readAsAnotherRole the share of them whose body reads as a role other than the title's,
 *     0–1; null when there are none
 * @param flagged the share of them whose verdict is mixed or mismatch, 0–1; null when there are
 *     none
 * @param percentile where this posting's confusion score falls among theirs, 0–100 (mid-rank); null
 *     when this posting or every one of them is unclear
 * @param similar up to three indexed postings whose body reads most like this one's, most alike
 *     first
 */
public record Market(
    String quarter,
    String titleRole,
    int postings,
    Double readAsAnotherRole,
    Double flagged,
    Integer percentile,
    List<SimilarPosting> similar) {
  public Market {
    Objects.requireNonNull(titleRole, "titleRole");
    if (postings < 0) {
      throw new IllegalArgumentException("postings must be 0 or more, was " + postings);
    }
    if (percentile != null && (percentile < 0 || percentile > 100)) {
      throw new IllegalArgumentException("percentile must be 0-100, was " + percentile);
    }
    similar = List.copyOf(similar);
  }
}
