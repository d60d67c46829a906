package io.rolelens.batch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to the bundled example data and the golden files made from it. */
final class Examples {
  /** The bundled example export, from the batch module's directory where tests run. */
  static final Path POSTINGS = Path.of("..", "examples", "postings.csv");
  /** The shared real-data folder, absent on most clones. */
  static final Path SHARED = Path.of("..", "..", "shared", "data");

  private Examples() {}

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
      Files.writeString(Path.of("src", "test", "resources", "golden", name), actual, StandardCharsets.UTF_8);
    }
  }
}
