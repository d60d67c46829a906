package io.rolelens.batch.mine;

import io.rolelens.analyzer.language.LanguageGuard;
import io.rolelens.analyzer.text.TokenizedText;
import java.io.IOException;

/**
 * Reads the postings of one side of a comparison and turns each usable one into {@link WordCodes}:
 * duplicates are not even selected, and a posting without a description (the index holds only its
 * evidence phrases) or whose body is not English (the analyzer does not score those, and the
 * lexicon is English) is counted and left out. Not thread-safe.
 */
final class SideReader {
  /** Receives each usable posting with its word codes. */
  interface Sink {
    void accept(IndexPostings.Posting posting, int[] codes) throws IOException;
  }

  private final IndexPostings postings;
  private final KnownPhrases tokenizer;
  private final LanguageGuard languages;
  private final MiningProgress progress;

  SideReader(
      IndexPostings postings,
      KnownPhrases tokenizer,
      LanguageGuard languages,
      MiningProgress progress) {
    this.postings = postings;
    this.tokenizer = tokenizer;
    this.languages = languages;
    this.progress = progress;
  }

  /**
   * Reads the documents selected (learning words unless {@code words} is frozen) and says what was
   * used.
   */
  MinedPhrases.Side read(
      String label, IndexPostings.Selection selected, Vocabulary words, Sink sink)
      throws IOException {
    int[] docs = selected.docs();
    progress.pass("reading " + label, docs.length);
    int used = 0;
    int notEnglish = 0;
    int withoutDescription = 0;
    for (int doc : docs) {
      IndexPostings.Posting posting = postings.read(doc);
      progress.posting();
      if (!posting.described()) {
        withoutDescription++;
        continue;
      }
      TokenizedText tokens = tokenizer.tokenize(posting.body());
      if (!languages.detect(tokens).isEnglish()) {
        notEnglish++;
        continue;
      }
      sink.accept(posting, WordCodes.encode(tokens, words));
      used++;
    }
    MinedPhrases.Side side =
        new MinedPhrases.Side(label, used, selected.duplicates(), notEnglish, withoutDescription);
    progress.note(side.describe());
    return side;
  }
}
