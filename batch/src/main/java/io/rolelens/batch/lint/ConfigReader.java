package io.rolelens.batch.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code .rolelens.yml}: a {@code lint} section with {@code fail-on} (a gate), {@code lexicon}
 * (a lexicon file, relative to the config's folder) and {@code titles} (globs relative to the config's
 * folder, each mapped to a title). Any other key, anywhere, is an error naming its line. The file is
 * looked for in the working folder and its parents, up to the repository root. Stateless.
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

  /** The nearest {@code .rolelens.yml} from {@code dir} up to the first folder holding {@code .git}; null if none. */
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

  /** Reads {@code file}; every problem is a {@link ConfigException} naming the file and the line. */
  public static LintConfig read(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
    }
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      throw new ConfigException(file + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem());
    } catch (RuntimeException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      return new LintConfig(file, null, null, List.of());
    }
    MappingNode lint = null;
    for (NodeTuple t : mapping(file, root, "the file").getValue()) {
      String key = key(file, t, TOP, "at the top");
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
    for (NodeTuple t : lint.getValue()) {
      String key = key(file, t, LINT, "under lint");
      String at = file + ":" + line(t.getValueNode()) + ": ";
      switch (key) {
        case "fail-on" -> {
          try {
            gate = Gate.parse(scalar(file, t.getValueNode(), key));
          } catch (IllegalArgumentException e) {
            throw new ConfigException(at + "fail-on: " + e.getMessage());
          }
        }
        case "lexicon" -> lexicon = file.toAbsolutePath().getParent().resolve(scalar(file, t.getValueNode(), key)).normalize();
        case "titles" -> {
          for (NodeTuple rule : mapping(file, t.getValueNode(), "titles").getValue()) {
            titles.add(new LintConfig.TitleRule(scalar(file, rule.getKeyNode(), "a titles glob"),
                scalar(file, rule.getValueNode(), "a title")));
          }
        }
        default -> throw new AssertionError(key);
      }
    }
    return new LintConfig(file, gate, lexicon, titles);
  }

  private static String key(Path file, NodeTuple t, Set<String> known, String where) throws ConfigException {
    String key = scalar(file, t.getKeyNode(), "a key");
    if (!known.contains(key)) {
      throw new ConfigException(file + ":" + line(t.getKeyNode()) + ": unknown key '" + key + "' " + where
          + " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
    }
    return key;
  }

  private static MappingNode mapping(Path file, Node node, String what) throws ConfigException {
    if (node instanceof MappingNode m) {
      return m;
    }
    throw new ConfigException(file + ":" + line(node) + ": " + what + " must be a mapping of keys to values");
  }

  private static String scalar(Path file, Node node, String what) throws ConfigException {
    if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
      return s.getValue();
    }
    throw new ConfigException(file + ":" + line(node) + ": " + what + " must be a single non-empty value");
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
