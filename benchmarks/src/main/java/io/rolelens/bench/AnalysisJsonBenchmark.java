package io.rolelens.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.json.AnalysisJson;
import io.rolelens.analyzer.json.BodySpans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Answers per second, per thread, of writing an analysis as the server's compact JSON (at most 200
 * mentions, as {@code serve} lists), on analyses of the same real 4–5 KB postings made once
 * beforehand: {@code plainGenerator} as the server writes an answer, {@code wrappedGenerator}
 * through a delegating generator, as the server writes an answer that carries its market context.
 * Whatever {@link AnalysisJson} does to speed up one and not the other shows as their ratio.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisJsonBenchmark {
  static final int MAX_MENTIONS = 200;

  /** Shared, loaded once: the analyses and the writer. */
  @State(Scope.Benchmark)
  public static class Shared {
    final JsonFactory factory = new JsonFactory();
    final AnalysisJson json = new AnalysisJson();
    List<Analysis> analyses;

    @Setup(Level.Trial)
    public void load() throws IOException {
      RoleAnalyzer analyzer = RoleAnalyzer.builder().build();
      analyses =
          Postings.fourToFiveKb().stream().map(p -> analyzer.analyze(p.title(), p.body())).toList();
    }
  }

  /** Per-thread cursor and output buffer. */
  @State(Scope.Thread)
  public static class Cursor extends RoundRobin {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);

    /** The next analysis, with the output buffer emptied for it. */
    Analysis next(List<Analysis> analyses) {
      out.reset();
      return take(analyses);
    }
  }

  @Benchmark
  public int plainGenerator(Shared shared, Cursor cursor) throws IOException {
    Analysis a = cursor.next(shared.analyses);
    try (JsonGenerator g = shared.factory.createGenerator(cursor.out, JsonEncoding.UTF8)) {
      shared.json.write(a, g, BodySpans.AS_IS, MAX_MENTIONS);
    }
    return cursor.out.size();
  }

  @Benchmark
  public int wrappedGenerator(Shared shared, Cursor cursor) throws IOException {
    Analysis a = cursor.next(shared.analyses);
    try (JsonGenerator g =
        new JsonGeneratorDelegate(shared.factory.createGenerator(cursor.out, JsonEncoding.UTF8))) {
      shared.json.write(a, g, BodySpans.AS_IS, MAX_MENTIONS);
    }
    return cursor.out.size();
  }
}
