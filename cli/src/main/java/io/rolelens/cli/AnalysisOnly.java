package io.rolelens.cli;

import io.rolelens.analyzer.PostingException;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.HtmlText;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.csv.RowResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench-score}'s analysis-only phase: the analyzer alone over postings parsed beforehand, on
 * as many threads as scoring uses, nothing written.
 */
final class AnalysisOnly {
  private AnalysisOnly() {}

  /**
   * The title and text (HTML turned to text, as {@code score} does) of the first {@code max}
   * readable postings, read before any timing.
   */
  static List<String[]> postings(Path input, long max) throws IOException {
    List<String[]> postings = new ArrayList<>();
    try (PostingReader reader = PostingReader.open(input).limit(max)) {
      while (reader.hasNext()) {
        if (reader.next() instanceof RowResult.Read read) {
          postings.add(
              new String[] {read.posting().title(), HtmlText.toText(read.posting().description())});
        }
      }
    }
    return postings;
  }

  /**
   * Analyses every posting on {@code threads} threads, each taking the next one in turn; nothing
   * kept.
   */
  static void analyse(RoleAnalyzer analyzer, List<String[]> postings, int threads)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          Thread.ofPlatform()
              .name("analysis-only-" + t)
              .start(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < postings.size();
                        i = next.getAndIncrement()) {
                      try {
                        analyzer.analyze(postings.get(i)[0], postings.get(i)[1]);
                      } catch (PostingException e) {
                        // score rejects it too; it costs what it costs
                      }
                    }
                  }));
    }
    for (Thread w : workers) {
      w.join();
    }
  }
}
