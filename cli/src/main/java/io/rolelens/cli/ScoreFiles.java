package io.rolelens.cli;

import io.rolelens.scoring.AtomicOutput;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The three files of a {@code score} run: the export read, the scored CSV and the rejects CSV
 * written. {@link #choose} fills in the default names and refuses any choice that would write over
 * the input or send both outputs to one file, compared after resolving links.
 *
 * @param input the export
 * @param scored where the scored rows go
 * @param rejects where the rejected rows go
 */
record ScoreFiles(Path input, Path scored, Path rejects) {
  private static final String EXTENSION = "\\.(csv|tsv|tab|txt)(\\.gz)?$";

  /**
   * The files for {@code input} with the {@code --output} and {@code --rejects} given (either may
   * be null for the default: {@code NAME.scored.csv} beside the input, {@code NAME.rejects.csv}
   * beside the scored file, never the input itself).
   *
   * @throws IllegalArgumentException naming the options when two of the files are one, or an output
   *     exists and is not a regular file
   */
  static ScoreFiles choose(Path input, Path output, Path rejects) {
    refuseNotAFile(output, "--output");
    refuseNotAFile(rejects, "--rejects");
    Path scored = output != null ? output : defaultName(input, ".scored.csv", input);
    refuseInput(scored, input, "--output", output);
    Path rejected = rejects != null ? rejects : defaultName(scored, ".rejects.csv", input);
    refuseInput(rejected, input, "--rejects", rejects);
    if (SameFile.same(rejected, scored)) {
      throw new IllegalArgumentException(
          "--rejects "
              + rejected
              + " is also where the scored rows go"
              + (output == null ? " (the default --output)" : " (--output)")
              + ", so the rejects would replace them; choose another name");
    }
    return new ScoreFiles(input, scored, rejected);
  }

  /** Refuses {@code written} when it is the input, naming {@code option} with the value given. */
  private static void refuseInput(Path written, Path input, String option, Path given) {
    if (SameFile.same(written, input)) {
      throw new IllegalArgumentException(
          option
              + " "
              + given
              + " is the input file, which scoring would overwrite; choose another name");
    }
  }

  /**
   * Refuses an output that exists but is not a regular file (a directory, a named pipe, a device
   * such as {@code /dev/stdout}, or a link to one), which writing would replace.
   */
  private static void refuseNotAFile(Path file, String option) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file) && !Files.isSymbolicLink(file)) {
      throw new IllegalArgumentException(
          option + " " + file + " is a directory; give a file name in it instead");
    }
    AtomicOutput.refusal(file)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(
                  option
                      + " "
                      + file
                      + " "
                      + why
                      + ", not a regular file; give the path of a regular file to write instead");
            });
  }

  /**
   * {@code dir/name.csv.gz} → {@code dir/name + suffix}, dropping a {@code .scored} before the
   * extension so the rejects of {@code x.scored.csv} are {@code x.rejects.csv}; when that would be
   * {@code avoid} (scoring {@code x.scored.csv} itself), the {@code .scored} stays in the name.
   */
  static Path defaultName(Path base, String suffix, Path avoid) {
    Path name = sibling(base, "(?i)(\\.scored)?" + EXTENSION, suffix);
    return SameFile.same(name, avoid) ? sibling(base, "(?i)" + EXTENSION, suffix) : name;
  }

  private static Path sibling(Path file, String strip, String suffix) {
    String name = file.getFileName().toString().replaceFirst(strip, "");
    return file.toAbsolutePath().resolveSibling(name + suffix);
  }
}
