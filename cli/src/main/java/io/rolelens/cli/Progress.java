package io.rolelens.cli;

import io.rolelens.scoring.Steps;
import io.rolelens.scoring.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with rate and ETA, over the bytes of an input file or over steps of a task (the
 * postings of an index), shown on a terminal only; silent in a pipe, in tests and with {@code
 * --quiet}. Counts may come from any thread.
 */
final class Progress implements AutoCloseable, Steps {
  private final ProgressBar bar;
  private final AtomicLong rows = new AtomicLong();

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A bar for reading {@code file}, or a silent one when {@code quiet} or not at a terminal. */
  static Progress over(Path file, String task, boolean quiet) {
    if (quiet || !Terminal.isInteractive()) {
      return new Progress(null);
    }
    long size;
    try {
      size = Files.size(file);
    } catch (java.io.IOException e) {
      size = -1;
    }
    return new Progress(bar(task, size, " MB", 1 << 20, "0.0"));
  }

  /**
   * A bar over the steps of a task, counted in {@code unit} (" postings"), its length set by {@link
   * #total}; silent when {@code quiet} or not at a terminal.
   */
  static Progress steps(String task, String unit, boolean quiet) {
    return new Progress(quiet || !Terminal.isInteractive() ? null : bar(task, -1, unit, 1, "0"));
  }

  private static ProgressBar bar(String task, long max, String unit, long unitSize, String speed) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setUnit(unit, unitSize)
        .setStyle(ProgressBarStyle.ASCII)
        .showSpeed(
            new java.text.DecimalFormat(
                speed, java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setUpdateIntervalMillis(500)
        .build();
  }

  @Override
  public void total(long steps) {
    if (bar != null) {
      bar.maxHint(steps);
    }
  }

  /** {@code steps} more steps done: bytes read for a bar {@linkplain #over over a file}. */
  @Override
  public void done(long steps) {
    if (bar != null) {
      bar.stepBy(steps);
    }
  }

  /** Counts rows done. */
  void rows(long n) {
    long total = rows.addAndGet(n);
    if (bar != null) {
      bar.setExtraMessage(String.format(Locale.ROOT, " %,d rows", total));
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
