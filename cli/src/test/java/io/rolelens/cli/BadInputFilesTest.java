package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A missing file, a directory, an empty file or a binary file given as input: one plain line, exit
 * 1, for every command.
 */
class BadInputFilesTest {
  @TempDir static Path dir;

  @BeforeAll
  static void makeTheFiles() throws Exception {
    Files.createDirectory(dir.resolve("folder"));
    Files.write(dir.resolve("empty"), new byte[0]);
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Files.write(dir.resolve("binary"), noise);
  }

  @ParameterizedTest(name = "{0} given {1}")
  @CsvSource({
    "score, missing, no such file",
    "score, folder, is a directory",
    "score, empty, empty is empty: expected a header row",
    "score, binary, the first line is not text",
    "index, missing, no such file",
    "index, folder, is a directory",
    "index, empty, this is not a scored CSV",
    "index, binary, this is not a scored CSV",
    "evaluate, missing, no such file",
    "evaluate, folder, is a directory",
    "evaluate, empty, empty is empty: expected a header row naming the columns id, title,",
    "fit-weights, empty, empty is empty: expected a header row",
    "evaluate, binary, is not text",
    "fit-weights, missing, no such file",
    "fit-weights, folder, is a directory",
    "fit-weights, binary, is not text",
    "analyze, missing, no such file",
    "analyze, folder, is a directory",
    "analyze, binary, is not valid UTF-8 text",
    "analyze, empty, empty is empty: give the posting's body"
  })
  void saysWhatIsWrongWithTheFileInOneLine(String command, String file, String phrase) {
    Path input = dir.resolve(file);
    CliRun run =
        switch (command) {
          case "analyze" -> CliRun.of(command, input.toString());
          case "index" ->
              CliRun.of(
                  command, "--input", input.toString(), "--index", dir.resolve("index").toString());
          default -> CliRun.of(command, "--input", input.toString());
        };

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .hasLineCount(1)
        .startsWith("rolelens: ")
        .contains(phrase)
        .doesNotContain("Exception")
        .doesNotContain("\uFFFD");
    assertThat(dir.resolve("index")).doesNotExist();
  }
}
