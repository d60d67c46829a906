package io.rolelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to the bundled example data and the golden files made from it. */
final class Examples {
  /** The bundled example export, from the batch module's directory where tests run. */
  static final Path POSTINGS = Path.of("..", "examples", "postings.csv");

  /** The bundled example posting, one body in plain text. */
  static final Path POSTING = Path.of("..", "examples", "posting.txt");

  /** The shared real-data folder, absent on most clones. */
  static final Path SHARED = Path.of("..", "..", "shared", "data");

  private Examples() {}

  /**
   * Scores the bundled examples with their descriptions into {@code dir} and indexes them in {@code
   * dir/index}, as README shows; returns the index.
   */
  static Path indexed(Path dir) {
    Path scored = dir.resolve("postings.scored.csv");
    Path index = dir.resolve("index");
    CliRun score =
        CliRun.of(
            "score",
            "--input",
            POSTINGS.toString(),
            "--output",
            scored.toString(),
            "--include-description");
    assertThat(score.exitCode()).as(score.err()).isZero();
    CliRun indexing = CliRun.of("index", "--input", scored.toString(), "--index", index.toString());
    assertThat(indexing.exitCode()).as(indexing.err()).isZero();
    return index;
  }

  static String golden(String name) throws IOException {
    Path file = Path.of("src", "test", "resources", "golden", name);
    if (Boolean.getBoolean("rolelens.updateGolden")) {
      return null;
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** With -Drolelens.updateGolden=true, rewrites the golden file instead of comparing with it. */
  static void updateIfAsked(String name, String actual) throws IOException {
    if (Boolean.getBoolean("rolelens.updateGolden")) {
      Files.writeString(
          Path.of("src", "test", "resources", "golden", name), actual, StandardCharsets.UTF_8);
    }
  }
}
