package io.rolelens.batch.mine;

import java.util.List;
import java.util.Locale;

/**
 * What {@link PhraseMiner#mine} found: the two sides compared, the settings that shaped the search,
 * and the phrases, best first.
 *
 * @param foreground the postings of the title role mined
 * @param background the postings it was compared with
 * @param minWords shortest phrases listed, in words
 * @param maxWords longest phrases listed, in words
 * @param minPostings the fewest foreground postings a listed phrase occurs in (raised by the
 *     candidate cap for a length that had more; see {@code candidates})
 * @param minScore the lowest G² listed
 * @param candidates phrases over-represented in the foreground with at least that score, ranked
 *     before the lexicon check
 * @param skippedKnown phrases ranked above the last one listed that the lexicon already matches
 * @param skippedRoleNames phrases ranked above the last one listed that hold a role name the
 *     lexicon reads as a label (none when they are listed)
 * @param phrases the phrases listed, highest score first
 */
public record MinedPhrases(
    Side foreground,
    Side background,
    int minWords,
    int maxWords,
    int minPostings,
    double minScore,
    int candidates,
    int skippedKnown,
    int skippedRoleNames,
    List<MinedPhrase> phrases) {
  public MinedPhrases {
    phrases = List.copyOf(phrases);
  }

  /**
   * One side of the comparison.
   *
   * @param label a title role id, or {@code rest} for every other posting of the index
   * @param postings the postings counted: English, with a description, not duplicates
   * @param duplicates postings left out because they repeat an earlier posting ({@code
   *     duplicate_of} set)
   * @param notEnglish postings left out because their body is not English (the lexicon is English)
   * @param withoutDescription postings left out because the index holds only their evidence phrases
   */
  public record Side(
      String label, int postings, int duplicates, int notEnglish, int withoutDescription) {
    /**
     * "283 product_manager postings used; left out 2 duplicates, 2 not English, 0 without a
     * description".
     */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "%,d %s postings used; left out %,d duplicates, %,d not English, %,d without a"
              + " description",
          postings,
          label,
          duplicates,
          notEnglish,
          withoutDescription);
    }
  }
}
