package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in (-Drolelens.heapCheck=true, about 10 s and 200 MB of disk): scores a file with one 200 MB
 * field in a separate JVM limited to 256 MB of heap, where reading the field whole (400 MB as
 * characters) would run out of memory. The suite's in-process tests show the field is bounded; this
 * shows the heap stays within the limit end to end.
 */
@EnabledIfSystemProperty(named = "rolelens.heapCheck", matches = "true")
class HugeFieldHeapTest {
  @TempDir Path dir;

  @Test
  void aTwoHundredMegabyteFieldIsRejectedWithin256MegabytesOfHeap() throws Exception {
    Path csv = dir.resolve("huge.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("id,title,description\n1,Product Manager,\"");
      String chunk = "Own the roadmap. ".repeat(1 << 12);
      for (long written = 0; written < 200L << 20; written += chunk.length()) {
        w.write(chunk);
      }
      w.write(
          "\"\n"
              + "2,Product Owner,Own the product backlog and write user stories with acceptance"
              + " criteria.\n");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "io.rolelens.cli.Main",
                    "score",
                    "--input",
                    csv.toString(),
                    "--quiet"))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("rows_in=2 scored=1 rejected=1").doesNotContain("OutOfMemoryError");
    assertThat(Files.readAllLines(dir.resolve("huge.rejects.csv")).get(1))
        .startsWith("2,2,1,\"the description has 209,")
        .endsWith("more than 2,000,000: is this really one posting?\"");
  }
}
