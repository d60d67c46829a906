package io.rolelens.bench;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.nlp.NlpModels;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Postings per second, per thread, of {@code RoleAnalyzer.analyze} and of the naive all-OpenNLP
 * pipeline, on the same real 4–5 KB postings. Each invocation analyses the next posting in turn.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalyzeBenchmark {

  /** Shared, thread-safe, loaded once: the analyzer and the postings. */
  @State(Scope.Benchmark)
  public static class Shared {
    RoleAnalyzer analyzer;
    NlpModels models;
    LemmatizerModel lemmas;
    List<Postings.Posting> postings;

    @Setup(Level.Trial)
    public void load() throws IOException {
      analyzer = RoleAnalyzer.builder().build();
      models = NlpModels.load();
      lemmas = NlpModels.lemmatizer();
      postings = Postings.fourToFiveKb();
    }
  }

  /** Per-thread cursor and the naive pipeline's non-thread-safe tools. */
  @State(Scope.Thread)
  public static class Cursor extends RoundRobin {
    NaivePipeline naive;

    @Setup(Level.Trial)
    public void create(Shared shared) {
      naive = new NaivePipeline(shared.models, shared.lemmas);
    }
  }

  @Benchmark
  public Analysis roleLens(Shared shared, Cursor cursor) {
    Postings.Posting p = cursor.take(shared.postings);
    return shared.analyzer.analyze(p.title(), p.body());
  }

  @Benchmark
  public int naiveOpenNlp(Shared shared, Cursor cursor) {
    Postings.Posting p = cursor.take(shared.postings);
    return cursor.naive.run(p.body());
  }
}
