package io.rolelens.cli;

import io.rolelens.analyzer.RoleAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --lexicon FILE} option of the commands that analyse with the bundled lexicon unless
 * told otherwise, and the analyzer it gives.
 */
final class LexiconOption {
  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "Use this lexicon file instead of the bundled one.")
  Path file;

  /** The shared analyzer for the lexicon given, or for the bundled one when none was. */
  RoleAnalyzer analyzer() throws IOException {
    return AnalyzerHolder.get(file);
  }
}
