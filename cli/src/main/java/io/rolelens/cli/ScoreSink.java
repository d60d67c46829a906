package io.rolelens.cli;

import io.rolelens.scoring.BatchScorer;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.csv.RowResult;
import java.io.IOException;

/**
 * A {@link BatchScorer.Sink} made of two functions, one for the scored rows and one for the
 * rejected, so that each command says in a line what it does with a result instead of in an
 * anonymous class. The scorer calls them in input order on the thread that runs it, so they need
 * not be thread-safe.
 *
 * @param onScored what to do with each scored posting
 * @param onRejected what to do with each row that could not be scored
 */
record ScoreSink(Action<ScoredPosting> onScored, Action<RowResult.Unreadable> onRejected)
    implements BatchScorer.Sink {

  /** What a sink does with one result; it may write, and so fail as a writer does. */
  @FunctionalInterface
  interface Action<T> {
    void accept(T result) throws IOException;
  }

  /** A sink for the scored postings alone: a rejected row is only counted in the summary. */
  static ScoreSink scoredOnly(Action<ScoredPosting> onScored) {
    return new ScoreSink(onScored, row -> {});
  }

  @Override
  public void scored(ScoredPosting posting) throws IOException {
    onScored.accept(posting);
  }

  @Override
  public void rejected(RowResult.Unreadable row) throws IOException {
    onRejected.accept(row);
  }
}
