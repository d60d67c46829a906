package io.rolelens.scoring;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.PostingException;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.csv.RawPosting;
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
 * is always the original. A posting whose title and text repeat one analysed recently reuses that
 * analysis (the analyzer is deterministic, so the row is the same).
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

  private record Outcome(ScoredPosting scored, RowResult.Unreadable rejected) {}

  /** Recently analysed (title, text) pairs; exports repeat postings, often close together. */
  private static final int MAX_REMEMBERED = 20_000;

  private final RoleAnalyzer analyzer;
  private final int threads;
  private final java.util.concurrent.ConcurrentHashMap<Long, ScoredPosting> remembered =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A scorer using {@code threads} worker threads (at least one). */
  public BatchScorer(RoleAnalyzer analyzer, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.analyzer = analyzer;
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
    ArrayDeque<Future<List<Outcome>>> window = new ArrayDeque<>();
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
        counts.scored + counts.rejected,
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
      Future<List<Outcome>> next,
      Sink sink,
      DuplicateIndex duplicates,
      Counts counts,
      LongConsumer progress)
      throws IOException, InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException("scoring interrupted: no output written");
    }
    List<Outcome> outcomes;
    try {
      outcomes = next.get();
    } catch (InterruptedException e) {
      throw new InterruptedException("scoring interrupted: no output written");
    } catch (ExecutionException e) {
      throw new IllegalStateException("a scoring thread failed: " + e.getCause(), e.getCause());
    }
    for (Outcome o : outcomes) {
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

  private List<Outcome> score(List<RowResult> rows) {
    List<Outcome> out = new ArrayList<>(rows.size());
    for (RowResult r : rows) {
      out.add(
          switch (r) {
            case RowResult.Unreadable u -> new Outcome(null, u);
            case RowResult.Read read -> score(read.posting());
          });
    }
    return out;
  }

  /** Scores one posting; anything that goes wrong becomes a rejected row with its reason. */
  private Outcome score(RawPosting p) {
    try {
      String text = HtmlText.toText(p.description());
      if (text.isBlank()) {
        return reject(p, "the description has no text once HTML is removed");
      }
      long key = DescriptionHash.exact(p.title(), text);
      ScoredPosting seen = remembered.get(key);
      if (seen != null) {
        return new Outcome(seen.reusedFor(p, text), null);
      }
      Analysis a = analyzer.analyze(p.title(), text);
      ScoredPosting scored = ScoredPosting.of(p, text, a);
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear(); // crude, but keeps memory flat; a miss only costs one analysis
      }
      remembered.put(key, scored.reusedFor(p, null));
      return new Outcome(scored, null);
    } catch (PostingException e) {
      return reject(p, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return reject(p, "could not be scored: " + e);
    }
  }

  private static Outcome reject(RawPosting p, String reason) {
    return new Outcome(null, new RowResult.Unreadable(p.row(), p.line(), p.id(), reason));
  }
}
