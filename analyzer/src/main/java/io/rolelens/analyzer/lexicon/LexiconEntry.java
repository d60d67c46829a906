package io.rolelens.analyzer.lexicon;

import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.Role;
import java.util.List;

/**
 * One entry of the role lexicon: a family of phrase patterns that mean the same thing about a role.
 *
 * @param id stable id such as {@code po.backlog.order-backlog}
 * @param role the role the phrases point to
 * @param category what the phrases are evidence of
 * @param orientation outcome, output or neutral
 * @param weight how strongly one occurrence points to the role, in (0, 5]
 * @param explanation one line a job seeker understands
 * @param patterns the phrase patterns, in the lexicon's pattern syntax
 * @param examples sentences the patterns must match
 * @param line the line of the entry's header in the lexicon file, for error messages
 */
public record LexiconEntry(
    String id,
    Role role,
    Category category,
    Orientation orientation,
    double weight,
    String explanation,
    List<String> patterns,
    List<String> examples,
    int line) {

  public LexiconEntry {
    Require.nonNull(
        "id role category orientation explanation", id, role, category, orientation, explanation);
    patterns = List.copyOf(patterns);
    examples = List.copyOf(examples);
    if (!(weight > 0 && weight <= 5)) {
      throw new IllegalArgumentException("weight of " + id + " must be in (0, 5], was " + weight);
    }
  }

  /** Whether occurrences of this entry count as evidence of duties (self-labels do not). */
  public boolean isEvidence() {
    return category.isEvidence();
  }
}
