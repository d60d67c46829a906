package io.rolelens.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path dir;

  /** A named pipe made with mkfifo; the test is skipped where there is none. */
  static Path fifo(Path path) throws InterruptedException {
    try {
      Process made = new ProcessBuilder("mkfifo", path.toString()).start();
      assumeTrue(made.waitFor() == 0, "skipped: mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "skipped: no mkfifo (" + e.getMessage() + ")");
    }
    return path;
  }

  static void write(Path target, String text) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(target)) {
      out.writer().write(text);
      out.commit();
    }
  }

  static List<Path> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  @Test
  void writesThroughASymbolicLinkToTheFileItNamesAndKeepsTheLink() throws Exception {
    Path real =
        Files.writeString(Files.createDirectory(dir.resolve("data")).resolve("real.csv"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("data/real.csv"));

    write(link, "new");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
    assertThat(listing(dir.resolve("data"))).containsExactly(real);
    assertThat(listing(dir)).containsExactlyInAnyOrder(link, dir.resolve("data"));
  }

  @Test
  void followsAChainOfLinksToAFileNotYetWritten() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("inner"), Path.of("../target.csv"));
    Path outer = Files.createSymbolicLink(dir.resolve("outer"), Path.of("sub/inner"));

    write(outer, "rows");

    assertThat(dir.resolve("target.csv")).hasContent("rows");
    assertThat(Files.isSymbolicLink(outer)).isTrue();
    assertThat(Files.isSymbolicLink(sub.resolve("inner"))).isTrue();
  }

  @Test
  void refusesADirectoryBehindALinkAndANamedPipeLeavingThemAsTheyWere() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path toFolder = Files.createSymbolicLink(dir.resolve("to-folder"), folder);
    Path pipe = fifo(dir.resolve("pipe"));

    assertThatThrownBy(() -> write(toFolder, "x"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "cannot write "
                + toFolder
                + ": it is a link to "
                + folder.toRealPath()
                + ", a directory, not a regular file; move it out of the way or write somewhere"
                + " else");
    assertThatThrownBy(() -> write(pipe, "x"))
        .hasMessageContaining(pipe + ": it is a named pipe (FIFO), not a regular file");
    assertThat(Files.isSymbolicLink(toFolder)).isTrue();
    assertThat(
            Files.readAttributes(pipe, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isOther())
        .as("still a pipe")
        .isTrue();
    assertThat(listing(dir)).hasSize(3);
  }
}
