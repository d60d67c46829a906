package io.rolelens.batch.mine;

import io.rolelens.batch.mine.KnownPhrases.Coverage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Walks the ranking from the top, sampling each batch of candidates in context, and keeps the first
 * {@code top} that are new to the lexicon. A candidate is judged by the lexicon's reading of it
 * standing alone when that already matches it (or finds a role name in it), and otherwise by its
 * sampled sentences: new when the lexicon misses it in more than half of them. Not thread-safe.
 */
final class Shortlist {
  /** How many example sentences a listed phrase shows. */
  static final int EXAMPLES = 3;

  /** What the walk found: the phrases listed and how many above the last were left out, and why. */
  record Picked(List<MinedPhrase> phrases, int skippedKnown, int skippedRoleNames) {}

  private final NgramTable table;
  private final Vocabulary words;
  private final KnownPhrases known;
  private final ExampleFinder finder;
  private final MiningProgress progress;

  Shortlist(
      NgramTable table,
      Vocabulary words,
      KnownPhrases known,
      ExampleFinder finder,
      MiningProgress progress) {
    this.table = table;
    this.words = words;
    this.known = known;
    this.finder = finder;
    this.progress = progress;
  }

  /** The first {@code top} candidates of {@code ranked} that the lexicon does not match yet. */
  Picked pick(List<Ranking.Candidate> ranked, int top, boolean roleNames) throws IOException {
    List<MinedPhrase> listed = new ArrayList<>();
    int skippedKnown = 0;
    int skippedRoleNames = 0;
    int next = 0;
    while (listed.size() < top && next < ranked.size()) {
      // Twice what is missing: most candidates are new to the lexicon, so one batch usually does.
      int size = Math.max(20, 2 * (top - listed.size()));
      List<Ranking.Candidate> batch = ranked.subList(next, Math.min(ranked.size(), next + size));
      next += batch.size();
      progress.note(String.format(Locale.ROOT, "sampling sentences for %d phrases", batch.size()));
      Map<Ranking.Candidate, List<ExampleFinder.Occurrence>> samples = finder.sample(batch);
      for (Ranking.Candidate c : batch) {
        if (listed.size() == top) {
          break;
        }
        List<ExampleFinder.Occurrence> sample = samples.get(c);
        String normalized =
            Arrays.stream(table.words(c.n(), c.id()))
                .mapToObj(words::form)
                .collect(Collectors.joining(" "));
        String phrase = mostCommon(sample, normalized);
        Map<ExampleFinder.Occurrence, Coverage> judged = new LinkedHashMap<>();
        for (ExampleFinder.Occurrence o : sample) {
          judged.put(
              o, known.judge(o.sentence(), o.start(), o.end(), o.contentStarts(), o.contentEnds()));
        }
        Coverage coverage = verdict(known.judgeAlone(phrase, words), judged.values());
        if (coverage == Coverage.MATCHED) {
          skippedKnown++;
        } else if (coverage == Coverage.ROLE_NAME && !roleNames) {
          skippedRoleNames++;
        } else {
          listed.add(
              new MinedPhrase(
                  phrase, normalized, c.score(), c.foreground(), c.background(), examples(judged)));
        }
      }
    }
    return new Picked(listed, skippedKnown, skippedRoleNames);
  }

  /**
   * The lexicon's reading of the phrase alone when it knows it, else what most sampled sentences
   * say.
   */
  static Coverage verdict(Coverage alone, java.util.Collection<Coverage> sampled) {
    if (alone != Coverage.NEW) {
      return alone;
    }
    Map<Coverage, Long> counts =
        sampled.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    long fresh = counts.getOrDefault(Coverage.NEW, 0L);
    if (fresh * 2 > sampled.size() || sampled.isEmpty()) {
      return Coverage.NEW;
    }
    return counts.getOrDefault(Coverage.MATCHED, 0L) >= counts.getOrDefault(Coverage.ROLE_NAME, 0L)
        ? Coverage.MATCHED
        : Coverage.ROLE_NAME;
  }

  /** Three examples, sentences the lexicon misses first: they show what it lacks. */
  private static List<Example> examples(Map<ExampleFinder.Occurrence, Coverage> judged) {
    LinkedHashSet<ExampleFinder.Occurrence> order = new LinkedHashSet<>();
    judged.forEach(
        (o, coverage) -> {
          if (coverage == Coverage.NEW) {
            order.add(o);
          }
        });
    order.addAll(judged.keySet());
    return order.stream().limit(EXAMPLES).map(ExampleFinder.Occurrence::example).toList();
  }

  /**
   * The spelling most sampled sentences use, lower-cased ("go-to-market" rather than "go to
   * market").
   */
  private static String mostCommon(List<ExampleFinder.Occurrence> sample, String fallback) {
    return sample.stream()
        .collect(
            Collectors.groupingBy(
                ExampleFinder.Occurrence::surface, LinkedHashMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(fallback);
  }
}
