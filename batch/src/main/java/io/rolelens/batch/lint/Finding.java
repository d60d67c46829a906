package io.rolelens.batch.lint;

import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.match.Mention;

/**
 * One role phrase of a posting's body, placed in its source file.
 *
 * @param mention the phrase as the analyzer found it (offsets into the analysed body)
 * @param sourceStart UTF-16 offset in the source file where the phrase starts (inclusive)
 * @param sourceEnd UTF-16 offset in the source file where it ends (exclusive); for HTML this spans
 *     any markup inside the phrase
 * @param start where it starts, as line and column
 * @param end where it ends (exclusive), as line and column
 * @param fitsTitle whether the phrase points to a role the title names
 */
public record Finding(
    Mention mention,
    int sourceStart,
    int sourceEnd,
    Position start,
    Position end,
    boolean fitsTitle) {
  public Finding {
    Require.nonNull("mention start end", mention, start, end);
    if (sourceStart < 0 || sourceEnd <= sourceStart) {
      throw new IllegalArgumentException(
          "source range [" + sourceStart + ", " + sourceEnd + ") is empty or negative");
    }
  }

  /** The rule the phrase falls under: its lexicon category's id. */
  public String ruleId() {
    return mention.category().id();
  }

  /** {@code role/category}, such as {@code product_owner/backlog_ownership}. */
  public String label() {
    return mention.role().id() + "/" + mention.category().id();
  }
}
