package io.rolelens.cli;

import io.rolelens.batch.mine.MiningProgress;
import io.rolelens.scoring.Terminal;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a mining run on standard error: a line, with the seconds since the start, as each pass over
 * the postings starts and says what it found, and, at a terminal only, a progress bar over the
 * postings of the pass with rate and ETA. Silent with {@code --quiet}. Used from the mining thread
 * only.
 */
final class MiningBar implements MiningProgress, AutoCloseable {
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean bars;
  private final long started = System.nanoTime();
  private ProgressBar bar;

  MiningBar(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.bars = !quiet && Terminal.isInteractive();
  }

  @Override
  public void pass(String task, long postings) {
    closeBar();
    note(String.format(Locale.ROOT, "%s (%,d postings)", task, postings));
    if (bars) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(postings)
              .setUnit(" postings", 1)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(500)
              .build();
    }
  }

  @Override
  public void posting() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void note(String summary) {
    closeBar();
    if (!quiet) {
      err.printf(
          Locale.ROOT, "mine-phrases: [%.1f s] %s%n", (System.nanoTime() - started) / 1e9, summary);
      err.flush();
    }
  }

  @Override
  public void close() {
    closeBar();
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
