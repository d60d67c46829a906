package io.rolelens.cli;

import picocli.CommandLine.Option;

/** The {@code --threads N} option of the commands that score on every core. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = Counts.Threads.class,
      description = "Scoring threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();
}
