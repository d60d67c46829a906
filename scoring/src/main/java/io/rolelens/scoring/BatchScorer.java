package io.rolelens.scoring;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.scoring.csv.PostingReader;
import io.rolelens.scoring.csv.RowResult;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

/**
 * Scores a stream of postings on every core while keeping their order: the calling thread reads
 * rows and hands them to a pool in small batches ({@link InOrder}), holding at most a few batches
 * per thread in flight, and writes the results in input order. Memory therefore stays flat whatever
 * the input's size. Exact-duplicate descriptions are found in input order, so the first occurrence
 * is always the original. Each posting is scored by a {@link PostingScorer}.
 *
 * <p>One instance runs one scoring at a time; the analyzer it wraps is shared safely.
 */
public final class BatchScorer {
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
    Counts counts = new Counts();
    DuplicateIndex duplicates = new DuplicateIndex();
    RepeatedIds ids = new RepeatedIds();
    try (InOrder<RowResult, PostingScorer.Outcome> outcomes =
        new InOrder<>(reader, this::score, threads, "scoring")) {
      while (outcomes.hasNext()) {
        if (Thread.interrupted()) {
          throw new InterruptedException("scoring interrupted: no output written");
        }
        write(outcomes.next(), sink, duplicates, ids, counts);
        progress.accept(1);
      }
    } catch (CancellationException e) {
      // Thrown as InterruptedException, which says the interrupt by itself: the flag is cleared.
      Thread.interrupted();
      throw new InterruptedException("scoring interrupted: no output written");
    }
    return new ScoreSummary(
        counts.scored,
        counts.rejected,
        counts.duplicates,
        counts.undated,
        reader.rowsWithInvalidUtf8(),
        reader.rowsWithNul(),
        ids.found());
  }

  private static final class Counts {
    long scored;
    long rejected;
    long duplicates;
    long undated;
  }

  private static void write(
      PostingScorer.Outcome o, Sink sink, DuplicateIndex duplicates, RepeatedIds ids, Counts counts)
      throws IOException {
    if (o.rejected() != null) {
      counts.rejected++;
      sink.rejected(o.rejected());
      return;
    }
    ScoredPosting p = o.scored();
    String first = duplicates.firstOrRecord(p.descriptionHash(), p.id());
    if (first != null) {
      p = p.duplicateOf(first);
      counts.duplicates++;
    }
    ids.repeats(p.id(), p.row());
    counts.undated += p.quarter().isEmpty() ? 1 : 0;
    counts.scored++;
    sink.scored(p);
  }

  private PostingScorer.Outcome score(RowResult r) {
    return switch (r) {
      case RowResult.Unreadable u -> new PostingScorer.Outcome(null, u);
      case RowResult.Read read -> scorer.score(read.posting());
    };
  }
}
