package io.rolelens.batch.mine;

import java.util.List;
import java.util.Objects;

/**
 * A phrase significantly more frequent in the foreground postings than in the background ones, and
 * not yet matched by the lexicon.
 *
 * @param phrase the phrase as postings most often write it, lower-cased ("go-to-market")
 * @param normalized its words as the lexicon normalises them: every spelling counted as this phrase
 *     reads so ("closely with engineering" as "close with engineer"), and any of them written in a
 *     {@code pattern:} line matches them all
 * @param score Dunning's G² ({@link LogLikelihood#g2}) for the two document counts
 * @param foreground foreground postings holding the phrase (each posting once)
 * @param background background postings holding the phrase (each posting once)
 * @param examples up to three sentences from different postings, the phrase marked
 */
public record MinedPhrase(
    String phrase,
    String normalized,
    double score,
    int foreground,
    int background,
    List<Example> examples) {
  public MinedPhrase {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(normalized, "normalized");
    if (foreground < 0 || background < 0 || !(score >= 0)) {
      throw new IllegalArgumentException(
          "counts and score must not be negative: "
              + foreground
              + ", "
              + background
              + ", "
              + score);
    }
    examples = List.copyOf(examples);
  }
}
