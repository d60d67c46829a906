package io.rolelens.analyzer.score;

import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;

/**
 * One lexicon phrase's contribution to a body's role profile.
 *
 * @param phraseId the lexicon entry id
 * @param role the role it points to
 * @param category what it is evidence of
 * @param text its first occurrence as written in the body
 * @param start UTF-16 offset of the first occurrence in the body (inclusive)
 * @param end UTF-16 offset of the first occurrence in the body (exclusive)
 * @param count how many times it occurs (not negated)
 * @param contribution the weight it adds to its role, repetitions damped
 * @param explanation why it points to the role
 */
public record Evidence(
    String phraseId,
    Role role,
    Category category,
    String text,
    int start,
    int end,
    int count,
    double contribution,
    String explanation) {
  public Evidence {
    Require.nonNull(
        "phraseId role category text explanation", phraseId, role, category, text, explanation);
  }
}
