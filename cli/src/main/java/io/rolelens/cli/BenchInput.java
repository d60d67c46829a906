package io.rolelens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --input FILE} option of a benchmark command: the export it measures on, by default
 * real postings from {@code ../shared/data}, which a user's machine does not have, so an absent
 * input is a "skipped" line and success, not an error. Each command gives its own default.
 */
final class BenchInput {
  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "The export to measure on (default: ${DEFAULT-VALUE}).")
  Path file;

  /** The option, reading {@code defaultFile} when not given. */
  BenchInput(Path defaultFile) {
    this.file = defaultFile;
  }

  /** Whether the input is absent; if so, says the benchmark is skipped and why. */
  boolean skippedWhenAbsent(PrintWriter out) {
    if (Files.isRegularFile(file)) {
      return false;
    }
    out.println(
        "skipped: " + file + " is absent (the benchmark needs ../shared/data or --input FILE)");
    return true;
  }
}
