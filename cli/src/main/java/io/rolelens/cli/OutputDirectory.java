package io.rolelens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The check on an option naming a directory a command writes into (created when absent): it must
 * not be an existing file. Stateless and thread-safe.
 */
final class OutputDirectory {
  private OutputDirectory() {}

  /**
   * Refuses {@code dir}, given as {@code option}, when it is an existing file.
   *
   * @param what what goes in the directory, for the message ("the index")
   * @throws ParameterException saying "OPTION DIR is a file; give a directory for WHAT"
   */
  static void refuseFile(CommandLine command, String option, Path dir, String what) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ParameterException(
          command, option + " " + dir + " is a file; give a directory for " + what);
    }
  }
}
