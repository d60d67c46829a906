package io.rolelens.analyzer.match;

import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.LexiconEntry;
import io.rolelens.analyzer.lexicon.Orientation;
import io.rolelens.analyzer.section.SectionKind;

/**
 * A role phrase found in a posting.
 *
 * <p>Offsets are UTF-16 {@code char} indexes into the original title or body, start inclusive and
 * end exclusive, so {@code original.substring(start, end).equals(text)} always holds.
 *
 * @param field title or body
 * @param start first char of the phrase
 * @param end one past the last char of the phrase
 * @param text the phrase exactly as written in the posting
 * @param role the role the phrase points to
 * @param category what the phrase is evidence of
 * @param orientation outcome, output or neutral
 * @param weight the lexicon weight of one occurrence
 * @param phraseId the lexicon entry id
 * @param explanation why the phrase points to the role, for a job seeker
 * @param negated whether the posting negates or excludes it ("no PMP required")
 * @param section the part of the posting the phrase stands in ({@link SectionKind#INTRO} for a
 *     title)
 */
public record Mention(
    Field field,
    int start,
    int end,
    String text,
    Role role,
    Category category,
    Orientation orientation,
    double weight,
    String phraseId,
    String explanation,
    boolean negated,
    SectionKind section) {

  public Mention {
    Require.nonNull(
        "field text role category orientation phraseId explanation section",
        field,
        text,
        role,
        category,
        orientation,
        phraseId,
        explanation,
        section);
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "mention offsets [" + start + ", " + end + ") do not fit text '" + text + "'");
    }
  }

  static Mention of(
      Field field,
      String original,
      int start,
      int end,
      LexiconEntry entry,
      boolean negated,
      SectionKind section) {
    return new Mention(
        field,
        start,
        end,
        original.substring(start, end),
        entry.role(),
        entry.category(),
        entry.orientation(),
        entry.weight(),
        entry.id(),
        entry.explanation(),
        negated,
        section);
  }

  /** Whether this mention counts as evidence of duties: not a self-label and not negated. */
  public boolean isEvidence() {
    return category.isEvidence() && !negated;
  }
}
