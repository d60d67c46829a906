package io.rolelens.scoring;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.csv.RowResult;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Scores a stream of postings on every core while keeping their order: the calling thread reads
 * rows into small batches and hands them to a pool, holding at most a few batches per thread in
 * flight, and writes each batch's results when its turn comes. Memory therefore stays flat whatever
 * the input's size. Exact-duplicate descriptions are found in input order, so the first occurrence
 * is always the original. Each posting is scored by a {@link PostingScorer}.
 *
 * <p>One instance runs one scoring at a time; the analyzer it wraps is shared safely.
 */
public final class BatchScorer {
  private static final int BATCH = 32;

  /** Receives results in input order, on the thread that called {@link #run}. */
  public interface Sink {
    void scored(ScoredPosting posting) throws IOException;

    void rejected(RowResult.Unreadable row) throws IOException;
  }

  private final PostingScorer scorer;
  private final int threads;

  /** A scorer using {@code threads} worker threads (at least one). */
  public BatchScorer(RoleAnalyzer analyzer, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.scorer = new PostingScorer(analyzer);
    this.threads = threads;
  }

  /**
   * Scores every row of {@code reader}, passing results to {@code sink} in input order and the
   * number of rows done to {@code progress}.
   *
   * @throws InterruptedException when the calling thread is interrupted; nothing more is written
   * @throws io.rolelens.scoring.csv.UnreadableInputException when the input cannot be read to its
   *     end (fields too long to be a posting are rejected rows, not this); nothing more is written
   */
  public ScoreSummary run(PostingReader reader, Sink sink, LongConsumer progress)
      throws IOException, InterruptedException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "rolelens-score");
              t.setDaemon(true);
              return t;
            });
    Counts counts = new Counts();
    DuplicateIndex duplicates = new DuplicateIndex();
    ArrayDeque<Future<List<PostingScorer.Outcome>>> window = new ArrayDeque<>();
    int maxInFlight = threads * 4;
    try {
      List<RowResult> batch = new ArrayList<>(BATCH);
      while (reader.hasNext()) {
        batch.add(reader.next());
        if (batch.size() == BATCH) {
          List<RowResult> full = batch;
          window.add(pool.submit(() -> score(full)));
          batch = new ArrayList<>(BATCH);
          while (window.size() >= maxInFlight) {
            drain(window.poll(), sink, duplicates, counts, progress);
          }
        }
      }
      if (!batch.isEmpty()) {
        List<RowResult> last = batch;
        window.add(pool.submit(() -> score(last)));
      }
      while (!window.isEmpty()) {
        drain(window.poll(), sink, duplicates, counts, progress);
      }
    } finally {
      pool.shutdownNow();
    }
    return new ScoreSummary(
        counts.scored,
        counts.rejected,
        counts.duplicates,
        counts.undated,
        reader.rowsWithInvalidUtf8(),
        reader.rowsWithNul());
  }

  private static final class Counts {
    long scored;
    long rejected;
    long duplicates;
    long undated;
  }

  private void drain(
      Future<List<PostingScorer.Outcome>> next,
      Sink sink,
      DuplicateIndex duplicates,
      Counts counts,
      LongConsumer progress)
      throws IOException, InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("scoring interrupted: no output written");
    }
    List<PostingScorer.Outcome> outcomes;
    try {
      outcomes = next.get();
    } catch (InterruptedException e) {
      throw new InterruptedException("scoring interrupted: no output written");
    } catch (ExecutionException e) {
      throw new IllegalStateException("a scoring thread failed: " + e.getCause(), e.getCause());
    }
    for (PostingScorer.Outcome o : outcomes) {
      if (o.rejected() != null) {
        counts.rejected++;
        sink.rejected(o.rejected());
        continue;
      }
      ScoredPosting p = o.scored();
      String first = duplicates.firstOrRecord(p.descriptionHash(), p.id());
      if (first != null) {
        p = p.duplicateOf(first);
        counts.duplicates++;
      }
      counts.undated += p.quarter().isEmpty() ? 1 : 0;
      counts.scored++;
      sink.scored(p);
    }
    progress.accept(outcomes.size());
  }

  private List<PostingScorer.Outcome> score(List<RowResult> rows) {
    List<PostingScorer.Outcome> out = new ArrayList<>(rows.size());
    for (RowResult r : rows) {
      out.add(
          switch (r) {
            case RowResult.Unreadable u -> new PostingScorer.Outcome(null, u);
            case RowResult.Read read -> scorer.score(read.posting());
          });
    }
    return out;
  }
}
