package io.rolelens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --input FILE.csv} option of the commands that read a labelled set ({@code id, title,
 * description, role_label}).
 */
final class LabelledInputOption {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE.csv",
      description = "Labelled postings.")
  Path file;
}
