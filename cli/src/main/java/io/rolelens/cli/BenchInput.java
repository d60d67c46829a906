package io.rolelens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The export a benchmark command reads: real postings from {@code ../shared/data} by default, which
 * a user's machine does not have, so an absent input is a "skipped" line and success, not an error.
 */
final class BenchInput {
  private BenchInput() {}

  /** Whether {@code input} is absent; if so, says the benchmark is skipped and why. */
  static boolean skippedWhenAbsent(Path input, PrintWriter out) {
    if (Files.isRegularFile(input)) {
      return false;
    }
    out.println(
        "skipped: " + input + " is absent (the benchmark needs ../shared/data or --input FILE)");
    return true;
  }
}
