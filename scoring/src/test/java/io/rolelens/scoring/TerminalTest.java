package io.rolelens.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalTest {
  @TempDir Path dir;

  @Test
  void aDescriptorOnATerminalDeviceIsATerminalAndOneOnAPipeOrFileIsNot() throws Exception {
    Path pts = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/7"));
    Path pipe = Files.createSymbolicLink(dir.resolve("1"), Path.of("pipe:[81234]"));
    Path file = Files.createSymbolicLink(dir.resolve("3"), Path.of("/home/me/out.txt"));

    assertThat(Terminal.isTerminal(pts)).contains(true);
    assertThat(Terminal.isTerminal(pipe)).contains(false);
    assertThat(Terminal.isTerminal(file)).contains(false);
  }

  @Test
  void aDescriptorThatCannotBeReadSaysNothingSoTheConsoleIsAsked() {
    assertThat(Terminal.isTerminal(dir.resolve("no-such-descriptor"))).isEmpty();
  }
}
