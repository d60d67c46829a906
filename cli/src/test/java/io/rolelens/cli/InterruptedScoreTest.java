package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptedScoreTest {
  @TempDir Path dir;

  @Test
  void anInterruptedRunLeavesNoOutputThatLooksComplete() throws Exception {
    Path csv = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("id,title,description\n");
      for (int i = 0; i < 200_000; i++) {
        w.write(
            i
                + ",Product Manager,Own the product roadmap "
                + i
                + ". Track milestones and write user stories.\n");
      }
    }
    AtomicReference<CliRun> result = new AtomicReference<>();
    Thread run =
        new Thread(() -> result.set(CliRun.of("score", "--input", csv.toString(), "--quiet")));
    run.start();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (partials().findAny().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(200);
    run.interrupt();
    run.join(60_000);

    assertThat(result.get().exitCode()).isEqualTo(1);
    assertThat(result.get().err()).contains("interrupted");
    assertThat(dir.resolve("big.scored.csv")).doesNotExist();
    assertThat(dir.resolve("big.rejects.csv")).doesNotExist();
    assertThat(partials()).isEmpty();
  }

  private Stream<Path> partials() throws java.io.IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList().stream();
    }
  }
}
