package io.rolelens.batch.mine;

import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.match.PhraseTagger;
import io.rolelens.analyzer.nlp.PosTagging;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.Arrays;
import java.util.List;

/**
 * Tells what the lexicon already makes of a phrase where it occurs, with the analyzer's own {@link
 * PhraseTagger} (the same patterns, filler words, lists, word order and part-of-speech checks as a
 * real analysis), so a candidate is judged exactly as RoleLens would read it. Thread-safe, as the
 * tagger is.
 */
final class KnownPhrases {
  /** What the lexicon makes of one occurrence of a phrase. */
  enum Coverage {
    /** Some word of the phrase is in no phrase the lexicon matches: new to it. */
    NEW,
    /**
     * Every word of the phrase that is not a stop word lies inside a phrase the lexicon matches
     * (negated ones and role names included: the lexicon knows them).
     */
    MATCHED,
    /**
     * The phrase holds a role name the lexicon reads as a label ("experienced Product Owner",
     * "Project Manager to join"): about the title, not about duties, so it never counts.
     */
    ROLE_NAME
  }

  private final PhraseTagger tagger;

  /** Compiles {@code lexicon}; {@code partsOfSpeech} may be null to skip part-of-speech checks. */
  KnownPhrases(Lexicon lexicon, PosTagging partsOfSpeech) {
    this.tagger = new PhraseTagger(lexicon, partsOfSpeech);
  }

  /** Cuts {@code text} into words exactly as the lexicon sees them. */
  TokenizedText tokenize(String text) {
    return tagger.tokenize(text);
  }

  /**
   * What the lexicon makes of the phrase {@code [start, end)} of {@code text}, whose words that are
   * not stop words are {@code [contentStarts[k], contentEnds[k])}.
   */
  Coverage judge(String text, int start, int end, int[] contentStarts, int[] contentEnds) {
    List<Mention> mentions = tagger.tag(text, Field.BODY).mentions();
    boolean matched = true;
    for (int k = 0; k < contentStarts.length && matched; k++) {
      matched = inside(mentions, contentStarts[k], contentEnds[k]);
    }
    if (matched) {
      return Coverage.MATCHED;
    }
    for (Mention m : mentions) {
      if (m.category() == Category.SELF_LABEL && m.start() < end && start < m.end()) {
        return Coverage.ROLE_NAME;
      }
    }
    return Coverage.NEW;
  }

  /** What the lexicon makes of the phrase {@code text} standing alone. */
  Coverage judgeAlone(String text, Vocabulary words) {
    TokenizedText tokens = tagger.tokenize(text);
    int content = 0;
    int[] starts = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      int id = words.id(tokens.lower(i));
      if (id < 0 || !words.isStop(id)) {
        starts[content] = tokens.start(i);
        ends[content++] = tokens.end(i);
      }
    }
    return content == 0
        ? Coverage.NEW
        : judge(
            text, 0, text.length(), Arrays.copyOf(starts, content), Arrays.copyOf(ends, content));
  }

  private static boolean inside(List<Mention> mentions, int start, int end) {
    for (Mention m : mentions) {
      if (m.start() <= start && end <= m.end()) {
        return true;
      }
    }
    return false;
  }
}
