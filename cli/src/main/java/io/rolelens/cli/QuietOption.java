package io.rolelens.cli;

import picocli.CommandLine.Option;

/** The {@code -q, --quiet} option of every command that shows a progress bar on a terminal. */
final class QuietOption {
  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;
}
