package io.rolelens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over the bytes of an input file with rate and ETA, shown on a terminal only;
 * silent in a pipe, in tests and with {@code --quiet}. Byte counts may come from any thread.
 */
final class Progress implements AutoCloseable {
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
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(size)
        .setUnit(" MB", 1 << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .showSpeed(new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)))
        .setUpdateIntervalMillis(500)
        .build();
    return new Progress(bar);
  }

  /** Counts bytes read from the file. */
  void bytes(long n) {
    if (bar != null) {
      bar.stepBy(n);
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
