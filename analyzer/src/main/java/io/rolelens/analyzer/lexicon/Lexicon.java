package io.rolelens.analyzer.lexicon;

import io.rolelens.analyzer.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned role lexicon: entries of phrase patterns with their role, category, weight and
 * explanation. Immutable and thread-safe.
 */
public final class Lexicon {
  /** Classpath location of the lexicon shipped with RoleLens. */
  public static final String BUNDLED_RESOURCE = "/io/rolelens/analyzer/lexicon/lexicon.txt";

  private final String version;
  private final List<LexiconEntry> entries;
  private final Map<String, LexiconEntry> byId;
  private final Map<Role, Double> roleWeights;
  private final Map<Category, Double> categoryWeights;

  Lexicon(
      String version,
      List<LexiconEntry> entries,
      Map<Role, Double> roleWeights,
      Map<Category, Double> categoryWeights) {
    this.version = version;
    this.roleWeights = Map.copyOf(roleWeights);
    this.categoryWeights = Map.copyOf(categoryWeights);
    this.entries = List.copyOf(entries);
    Map<String, LexiconEntry> map = new LinkedHashMap<>();
    for (LexiconEntry e : this.entries) {
      map.put(e.id(), e);
    }
    this.byId = Map.copyOf(map);
  }

  /** Loads the lexicon bundled with RoleLens. */
  public static Lexicon bundled() {
    try (InputStream in = Lexicon.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "bundled lexicon missing from classpath: " + BUNDLED_RESOURCE);
      }
      return parse(LexiconText.decode(in.readAllBytes(), BUNDLED_RESOURCE), BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled lexicon", e);
    }
  }

  /**
   * Loads a lexicon file, validating every entry.
   *
   * @throws LexiconException with a message to print as it is: one plain sentence naming the file
   *     when it is missing, a directory, unreadable, too large, binary, not UTF-8 or empty, or
   *     every validation problem with its line and entry
   */
  public static Lexicon load(Path file) {
    return parse(readText(file), file.toString());
  }

  /**
   * A lexicon file's text, read with the same checks as {@link #load} (for a lexicon sent elsewhere
   * as text, such as to Spark's executors); parse it with {@link #parse}.
   *
   * @throws LexiconException as {@link #load} does for a file that cannot be read as a lexicon
   */
  public static String readText(Path file) {
    return LexiconText.read(file);
  }

  /**
   * Parses lexicon text; {@code source} names it in error messages.
   *
   * @throws LexiconException naming every problem with its line and entry, or the text past one of
   *     the {@link LexiconLimits}
   */
  public static Lexicon parse(String text, String source) {
    return new LexiconParser(source).parse(text);
  }

  /** The lexicon's version, such as {@code 2026.11.0}. */
  public String version() {
    return version;
  }

  /**
   * The multiplier applied to all evidence of a role (1 unless the lexicon's {@code role-weight}
   * lines say otherwise). These calibrate for how often each role's vocabulary appears in postings
   * of the other roles; they are fitted on the training split only.
   */
  public double roleWeight(Role role) {
    return roleWeights.getOrDefault(role, 1.0);
  }

  /**
   * The multiplier applied to all evidence of a category (1 unless the lexicon's {@code
   * category-weight} lines say otherwise), fitted on the training split only.
   */
  public double categoryWeight(Category category) {
    return categoryWeights.getOrDefault(category, 1.0);
  }

  /** All entries in file order. */
  public List<LexiconEntry> entries() {
    return entries;
  }

  /** The entry with this id, if any. */
  public Optional<LexiconEntry> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Number of pattern lines across all entries. */
  public int patternCount() {
    return entries.stream().mapToInt(e -> e.patterns().size()).sum();
  }
}
