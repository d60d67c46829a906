package io.rolelens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option of the commands that read an index built by {@code index}. */
final class IndexOption {
  @Option(
      names = "--index",
      required = true,
      paramLabel = "DIR",
      description = "The index directory.")
  Path dir;
}
