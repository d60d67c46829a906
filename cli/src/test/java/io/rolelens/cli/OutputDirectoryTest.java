package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

class OutputDirectoryTest {
  @TempDir Path dir;
  private final CommandLine command = new CommandLine(CommandSpec.create());

  @Test
  void refusesAnExistingFileNamingTheOptionAndWhatGoesThere() throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");

    assertThatThrownBy(() -> OutputDirectory.refuseFile(command, "--out", file, "the report"))
        .isInstanceOf(ParameterException.class)
        .hasMessage("--out " + file + " is a file; give a directory for the report");
  }

  @Test
  void acceptsADirectoryOrANameNotYetTaken() {
    assertThatCode(() -> OutputDirectory.refuseFile(command, "--index", dir, "the index"))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> OutputDirectory.refuseFile(command, "--index", dir.resolve("new"), "the index"))
        .doesNotThrowAnyException();
  }
}
