package io.rolelens.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Fixtures.Posting;
import io.rolelens.analyzer.json.AnalysisJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One shared analyzer gives every thread the same answers as a single thread gets. */
class ConcurrencyTest {
  static final int THREADS = 8;
  static final int ROUNDS = 5;
  static RoleAnalyzer analyzer;

  @BeforeAll
  static void buildAnalyzer() {
    analyzer = RoleAnalyzer.builder().build();
  }

  @Test
  void givesEveryThreadTheSameJsonAsASingleThread() throws Exception {
    AnalysisJson json = new AnalysisJson();
    List<Posting> postings = Fixtures.all();
    List<String> expected = new ArrayList<>();
    for (Posting p : postings) {
      expected.add(json.write(analyzer.analyze(p.title(), p.body())));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int seed = t;
        futures.add(
            pool.submit(
                () -> {
                  List<Integer> order = new ArrayList<>();
                  for (int r = 0; r < ROUNDS; r++) {
                    for (int i = 0; i < postings.size(); i++) {
                      order.add(i);
                    }
                  }
                  Collections.shuffle(order, new Random(seed));
                  List<String> mismatches = new ArrayList<>();
                  for (int i : order) {
                    Posting p = postings.get(i);
                    String result = json.write(analyzer.analyze(p.title(), p.body()));
                    if (!result.equals(expected.get(i))) {
                      mismatches.add(p.name());
                    }
                  }
                  return mismatches;
                }));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
