package io.rolelens.batch.mine;

import io.rolelens.analyzer.text.TokenizedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds where candidate phrases occur in the foreground: up to {@value #SAMPLE} sentences per
 * phrase, each from a different posting and no two alike, visiting postings in an order scrambled
 * by their ids so that the examples do not all come from the first employer in the index. Only the
 * postings that hold a wanted phrase are read again from the index. Not thread-safe.
 */
final class ExampleFinder {
  /** Occurrences sampled per phrase, to judge whether the lexicon already matches it. */
  static final int SAMPLE = 10;

  /**
   * One occurrence: the sentence it is in and, as offsets into that sentence, the phrase and its
   * words that are not stop words.
   */
  record Occurrence(
      String postingId,
      String sentence,
      int start,
      int end,
      int[] contentStarts,
      int[] contentEnds) {
    /** The phrase as written, lower-cased, whitespace collapsed. */
    String surface() {
      return sentence.substring(start, end).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    Example example() {
      return new Example(postingId, ExampleText.marked(sentence, start, end));
    }
  }

  /**
   * The foreground as read: what was used, and each used posting's word codes, Lucene document and
   * id, in reading order.
   */
  record Foreground(MinedPhrases.Side side, List<int[]> codes, int[] docs, String[] ids) {}

  private final NgramTable table;
  private final Vocabulary words;
  private final KnownPhrases tokenizer;
  private final IndexPostings postings;
  private final Foreground foreground;
  private final int[] visitOrder;

  ExampleFinder(
      NgramTable table,
      Vocabulary words,
      KnownPhrases tokenizer,
      IndexPostings postings,
      Foreground foreground) {
    this.table = table;
    this.words = words;
    this.tokenizer = tokenizer;
    this.postings = postings;
    this.foreground = foreground;
    this.visitOrder =
        IntStream.range(0, foreground.ids().length)
            .boxed()
            .sorted(
                Comparator.comparingLong(
                        (Integer p) -> LongIndex.mix(foreground.ids()[p].hashCode()))
                    .thenComparing(p -> p))
            .mapToInt(Integer::intValue)
            .toArray();
  }

  /** Up to {@value #SAMPLE} occurrences of each candidate, in one pass over the foreground. */
  Map<Ranking.Candidate, List<Occurrence>> sample(List<Ranking.Candidate> candidates)
      throws IOException {
    Map<Long, Ranking.Candidate> wanted = new HashMap<>();
    Map<Ranking.Candidate, List<Occurrence>> found = new LinkedHashMap<>();
    Map<Ranking.Candidate, Set<String>> sentences = new HashMap<>();
    for (Ranking.Candidate c : candidates) {
      wanted.put(slot(c.n(), c.id()), c);
      found.put(c, new ArrayList<>());
      sentences.put(c, new HashSet<>());
    }
    int open = candidates.size();
    for (int p : visitOrder) {
      if (open == 0) {
        break;
      }
      int[] codes = foreground.codes().get(p);
      Map<Ranking.Candidate, Integer> here = occurrences(codes, wanted, found);
      if (here.isEmpty()) {
        continue;
      }
      IndexPostings.Posting posting = postings.read(foreground.docs()[p]);
      TokenizedText tokens = tokenizer.tokenize(posting.body());
      assert tokens.size() == codes.length : "the posting reads as it did: " + posting.id();
      for (var e : here.entrySet()) {
        Occurrence o = occurrence(posting.id(), tokens, e.getValue(), e.getKey().n());
        List<Occurrence> list = found.get(e.getKey());
        if (sentences
            .get(e.getKey())
            .add(o.sentence().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
          list.add(o);
          open -= list.size() == SAMPLE ? 1 : 0;
        }
      }
    }
    return found;
  }

  /** The first token of each wanted, not yet fully sampled candidate in one posting. */
  private Map<Ranking.Candidate, Integer> occurrences(
      int[] codes,
      Map<Long, Ranking.Candidate> wanted,
      Map<Ranking.Candidate, List<Occurrence>> found) {
    Map<Ranking.Candidate, Integer> here = new LinkedHashMap<>();
    int[][] ids = table.allIds(codes);
    for (int n = 1; n <= table.maxN(); n++) {
      for (int i = 0; i < codes.length; i++) {
        Ranking.Candidate c = ids[n][i] < 0 ? null : wanted.get(slot(n, ids[n][i]));
        if (c != null && found.get(c).size() < SAMPLE) {
          here.putIfAbsent(c, i);
        }
      }
    }
    return here;
  }

  private Occurrence occurrence(String postingId, TokenizedText tokens, int first, int n) {
    int last = first + n - 1;
    int from = ExampleText.sentenceStart(tokens, first);
    int to = ExampleText.sentenceEnd(tokens, last);
    int base = tokens.start(from);
    String sentence = tokens.text().substring(base, tokens.end(to));
    List<Integer> content = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      int word = words.id(tokens.lower(i));
      if (word < 0 || !words.isStop(word)) {
        content.add(i);
      }
    }
    return new Occurrence(
        postingId,
        sentence,
        tokens.start(first) - base,
        tokens.end(last) - base,
        content.stream().mapToInt(i -> tokens.start(i) - base).toArray(),
        content.stream().mapToInt(i -> tokens.end(i) - base).toArray());
  }

  private static long slot(int n, int id) {
    return (long) n << 32 | id;
  }
}
