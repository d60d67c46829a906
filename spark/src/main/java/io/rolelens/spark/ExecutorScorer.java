package io.rolelens.spark;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.scoring.PostingScorer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one {@link PostingScorer} of an executor JVM for each lexicon, built on first use by the task
 * that needs it and shared by every task thread after (the analyzer is thread-safe). Nothing is
 * broadcast: each JVM loads the OpenNLP models from its own classpath, and a custom lexicon travels
 * with the job as text.
 */
final class ExecutorScorer {
  private static final String BUNDLED = "";
  private static final Map<String, PostingScorer> BY_LEXICON = new ConcurrentHashMap<>();

  private ExecutorScorer() {}

  /** The scorer for the lexicon text given, or for the bundled lexicon when empty. */
  static PostingScorer forLexicon(Optional<String> lexiconText) {
    return BY_LEXICON.computeIfAbsent(lexiconText.orElse(BUNDLED), ExecutorScorer::build);
  }

  private static PostingScorer build(String lexiconText) {
    Lexicon lexicon =
        lexiconText.isEmpty() ? Lexicon.bundled() : Lexicon.parse(lexiconText, "--lexicon");
    return new PostingScorer(RoleAnalyzer.builder().lexicon(lexicon).build());
  }
}
