package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of 1,000 postings (text, Markdown and HTML) is linted in under 5 s, as a pre-commit hook
 * needs.
 */
class LintThousandPostingsTest {
  @TempDir Path dir;

  @Test
  void aFolderOfAThousandPostingsIsLintedInUnderFiveSeconds() throws Exception {
    List<Path> examples =
        List.of(
            Path.of(LintCommandTest.CONSISTENT),
            Path.of(LintCommandTest.MISMATCH),
            LintCommandTest.EXAMPLES.resolve("project-manager.html"));
    for (int i = 0; i < 1000; i++) {
      Path example = examples.get(i % 3);
      String name = example.getFileName().toString();
      String text = Files.readString(example, StandardCharsets.UTF_8);
      // Each posting differs, so nothing can be answered from a cache.
      String varied =
          name.endsWith(".html")
              ? text.replace("</ul>\n</body>", "<li>Site number " + i + ".</li></ul>\n</body>")
              : text + "\nReference number " + i + ".\n";
      Files.writeString(
          dir.resolve(String.format(java.util.Locale.ROOT, "%04d-%s", i, name)),
          varied,
          StandardCharsets.UTF_8);
    }
    CliRun.of(
        "lint",
        "--no-config",
        LintCommandTest.CONSISTENT); // the analyzer is built once per process, as in one run

    long start = System.nanoTime();
    CliRun run = CliRun.of("lint", "--no-config", dir.toString());
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(run.lastLine()).isEqualTo("linted=1000 passed=667 failed=333 unreadable=0");
    assertThat(seconds).as("seconds for 1,000 postings").isLessThan(5.0);
  }
}
