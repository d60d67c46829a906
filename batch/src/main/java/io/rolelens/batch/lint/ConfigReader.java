package io.rolelens.batch.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code .rolelens.yml}: a {@code lint} section with {@code fail-on} (a gate), {@code
 * lexicon} (a lexicon file, relative to the config's folder) and {@code titles} (globs relative to
 * the config's folder, each mapped to a title). Any other key, a key given twice, an empty ({@code
 * ~}) value or a glob that does not compile is an error naming its line. The file is looked for in
 * the working folder and its parents, up to the repository root. Stateless.
 *
 * <pre>
 * lint:
 *   fail-on: mixed
 *   lexicon: lexicon/our-lexicon.txt
 *   titles:
 *     "postings/product-owner/**": Product Owner
 * </pre>
 */
public final class ConfigReader {
  /** The config file's name. */
  public static final String NAME = ".rolelens.yml";

  private static final Set<String> TOP = Set.of("lint");
  private static final Set<String> LINT = Set.of("fail-on", "lexicon", "titles");

  private ConfigReader() {}

  /**
   * The nearest {@code .rolelens.yml} from {@code dir} up to the first folder holding {@code .git};
   * null if none.
   */
  public static Path find(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      if (Files.exists(d.resolve(".git"))) {
        return null;
      }
    }
    return null;
  }

  /**
   * Reads {@code file}; every problem is a {@link ConfigException} naming the file and the line.
   */
  public static LintConfig read(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ConfigException(file + ": no such file");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
    }
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      throw new ConfigException(
          file + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem());
    } catch (RuntimeException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      return new LintConfig(file, null, null, List.of());
    }
    MappingNode lint = null;
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : mapping(file, root, "the file").getValue()) {
      String key = key(file, t, TOP, "at the top", seen);
      if (key.equals("lint")) {
        lint = mapping(file, t.getValueNode(), "lint");
      }
    }
    return lint == null ? new LintConfig(file, null, null, List.of()) : lintSection(file, lint);
  }

  private static LintConfig lintSection(Path file, MappingNode lint) throws ConfigException {
    Gate gate = null;
    Path lexicon = null;
    List<LintConfig.TitleRule> titles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : lint.getValue()) {
      String key = key(file, t, LINT, "under lint", seen);
      String at = at(file, t.getValueNode());
      switch (key) {
        case "fail-on" -> {
          try {
            gate = Gate.parse(scalar(file, t.getValueNode(), key));
          } catch (IllegalArgumentException e) {
            throw new ConfigException(at + "fail-on: " + e.getMessage());
          }
        }
        case "lexicon" ->
            lexicon =
                file.toAbsolutePath()
                    .getParent()
                    .resolve(scalar(file, t.getValueNode(), key))
                    .normalize();
        case "titles" -> titles.addAll(titles(file, mapping(file, t.getValueNode(), "titles")));
        default -> throw new AssertionError(key);
      }
    }
    return new LintConfig(file, gate, lexicon, titles);
  }

  /**
   * The title rules, each glob compiled now so that a bad one is named with its line before any
   * posting is read.
   */
  private static List<LintConfig.TitleRule> titles(Path file, MappingNode rules)
      throws ConfigException {
    List<LintConfig.TitleRule> titles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NodeTuple rule : rules.getValue()) {
      String glob = scalar(file, rule.getKeyNode(), "a titles glob");
      if (!seen.add(glob)) {
        throw new ConfigException(
            at(file, rule.getKeyNode()) + "the titles glob '" + glob + "' is given twice");
      }
      String title = scalar(file, rule.getValueNode(), "a title");
      try {
        titles.add(LintConfig.TitleRule.of(glob, title));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            at(file, rule.getKeyNode())
                + "the titles glob '"
                + glob
                + "' is not a valid glob ("
                + e.getMessage().lines().findFirst().orElse("")
                + ")");
      }
    }
    return titles;
  }

  /** A known key met for the first time in its mapping; else an error naming its line. */
  private static String key(
      Path file, NodeTuple t, Set<String> known, String where, Set<String> seen)
      throws ConfigException {
    String key = scalar(file, t.getKeyNode(), "a key");
    if (!known.contains(key)) {
      throw new ConfigException(
          at(file, t.getKeyNode())
              + "unknown key '"
              + key
              + "' "
              + where
              + " (known: "
              + String.join(", ", known.stream().sorted().toList())
              + ")");
    }
    if (!seen.add(key)) {
      throw new ConfigException(
          at(file, t.getKeyNode()) + "the key '" + key + "' is given twice " + where);
    }
    return key;
  }

  private static MappingNode mapping(Path file, Node node, String what) throws ConfigException {
    if (node instanceof MappingNode m) {
      return m;
    }
    throw new ConfigException(at(file, node) + what + " must be a mapping of keys to values");
  }

  private static String scalar(Path file, Node node, String what) throws ConfigException {
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      throw new ConfigException(
          at(file, node) + what + " is empty (null or ~); give a value or leave the key out");
    }
    if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
      return s.getValue();
    }
    throw new ConfigException(at(file, node) + what + " must be a single non-empty value");
  }

  /** "FILE:LINE: ", where a message about {@code node} begins. */
  private static String at(Path file, Node node) {
    return file + ":" + line(node) + ": ";
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
