package io.rolelens.batch.mine;

import io.rolelens.analyzer.text.TermNormalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the words of the postings by their normalised form, the one the lexicon matches on (the
 * analyzer's {@link TermNormalizer}: case folded, possessive dropped, British spelling to American,
 * KStem, plurals), so "Prioritising" and "prioritizes" are one word and a phrase found here reads
 * like a lexicon pattern. It learns words from the foreground postings; once {@linkplain #freeze()
 * frozen} it only looks words up, because a word the foreground never used cannot be in a candidate
 * phrase, and so the background adds nothing to memory but a bounded cache. Not thread-safe.
 */
final class Vocabulary {
  /** Looked-up words remembered at most, so a huge background cannot fill the heap with misses. */
  private static final int MAX_CACHED = 1 << 20;

  private final TermNormalizer normalizer = new TermNormalizer();
  private final StopWords stopWords = new StopWords(normalizer);
  private final Map<String, Integer> byLower = new HashMap<>();
  private final Map<String, Integer> byForm = new HashMap<>();
  private final List<String> forms = new ArrayList<>();
  private final BitSet stop = new BitSet();
  private boolean frozen;

  /** The id of a lower-cased word; -1 when frozen and the word's form was never learned. */
  int id(String lower) {
    Integer known = byLower.get(lower);
    if (known != null) {
      return known;
    }
    String form = normalizer.normalize(lower);
    Integer id = byForm.get(form);
    if (id == null && !frozen) {
      id = forms.size();
      forms.add(form);
      byForm.put(form, id);
      stop.set(id, stopWords.contains(form));
    }
    int result = id == null ? -1 : id;
    if (!frozen || byLower.size() < MAX_CACHED) {
      byLower.put(lower, result);
    }
    return result;
  }

  /** Stops learning: words met from now on that were never learned are -1. */
  void freeze() {
    frozen = true;
  }

  /** How many words were learned; every id is below it. */
  int size() {
    return forms.size();
  }

  /** The normalised form of word {@code id}. */
  String form(int id) {
    return forms.get(id);
  }

  /**
   * Whether word {@code id} is a function word or a number, which no candidate starts or ends with.
   */
  boolean isStop(int id) {
    return stop.get(id);
  }
}
