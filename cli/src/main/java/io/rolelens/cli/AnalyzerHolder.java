package io.rolelens.cli;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the shared {@link RoleAnalyzer} once per process, on first use, for one lexicon. A missing
 * lexicon file or a directory is an {@link IOException} naming it; one that cannot be read or does
 * not parse is the analyzer's {@link io.rolelens.analyzer.lexicon.LexiconException}, which {@link
 * Failures} prints as one line.
 */
final class AnalyzerHolder {
  private static final Map<Path, RoleAnalyzer> BY_LEXICON = new ConcurrentHashMap<>();
  private static final Path BUNDLED = Path.of("<bundled>");

  private AnalyzerHolder() {}

  /** The analyzer with the bundled lexicon, or the lexicon file given (null for bundled). */
  static RoleAnalyzer get(Path lexiconFile) throws IOException {
    Path key = lexiconFile == null ? BUNDLED : lexiconFile.toAbsolutePath().normalize();
    RoleAnalyzer cached = BY_LEXICON.get(key);
    if (cached != null) {
      return cached;
    }
    RoleAnalyzer built = RoleAnalyzer.builder().lexicon(lexicon(lexiconFile)).build();
    RoleAnalyzer raced = BY_LEXICON.putIfAbsent(key, built);
    return raced == null ? built : raced;
  }

  /** The bundled lexicon, or the lexicon file given (null for bundled), loaded and checked. */
  static Lexicon lexicon(Path lexiconFile) throws IOException {
    if (lexiconFile == null) {
      return Lexicon.bundled();
    }
    if (Files.isDirectory(lexiconFile)) {
      throw new IOException("--lexicon " + lexiconFile + " is a directory, not a lexicon file");
    }
    if (!Files.isRegularFile(lexiconFile)) {
      throw new IOException("no such lexicon file: " + lexiconFile);
    }
    // Every problem with the file (not UTF-8, binary, empty, a pattern past a limit) is a
    // LexiconException with one plain sentence.
    return Lexicon.load(lexiconFile);
  }
}
