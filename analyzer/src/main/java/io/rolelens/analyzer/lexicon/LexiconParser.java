package io.rolelens.analyzer.lexicon;

import io.rolelens.analyzer.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the lexicon's line format and validates it, collecting every problem (up to a hundred)
 * before failing, and refusing text past the {@link LexiconLimits} before the work they guard.
 *
 * <p>Over 250 lines on purpose: it is the one reader of one line format (headers, entries and their
 * fields, calibration lines), each rule beside the message it gives; spread over classes, the
 * format would have no single place a maintainer can read it whole.
 */
final class LexiconParser {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9_-]+)+");
  private static final Pattern VERSION = Pattern.compile("\\d{4}\\.\\d{1,2}\\.\\d+");
  private static final int MAX_EXPLANATION = 200;

  /**
   * Problems collected before reading stops: enough to fix a file in one go, while a file that is
   * not a lexicon at all (a million lines, each a problem) costs no memory for its list.
   */
  private static final int MAX_PROBLEMS = 100;

  private static final String ENTRY_START =
      "an entry starts with a line such as [po.backlog.order-backlog]";

  private final String source;
  private final List<String> problems = new ArrayList<>();
  private final List<LexiconEntry> entries = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Map<Role, Double> roleWeights = new EnumMap<>(Role.class);
  private final Map<Category, Double> categoryWeights = new EnumMap<>(Category.class);
  private String version;
  private Draft draft;

  /** Entry headers seen, valid or not. */
  private int headers;

  /** Compiled variants the patterns read so far expand to, counted before any is compiled. */
  private int variants;

  LexiconParser(String source) {
    this.source = source;
  }

  Lexicon parse(String text) {
    if (text.length() > LexiconLimits.MAX_SIZE) {
      throw LexiconException.unusable(
          format(
              "%s holds %,d characters; a lexicon may hold at most %,d",
              source, text.length(), LexiconLimits.MAX_SIZE));
    }
    if (text.isBlank()) {
      throw LexiconException.unusable(source + " is empty");
    }
    String[] lines = text.split("\\R", -1);
    boolean readAll = true;
    for (int i = 0; i < lines.length && headers <= LexiconLimits.MAX_ENTRIES; i++) {
      if (problems.size() >= MAX_PROBLEMS) {
        problems.add(
            format("line %d: stopped reading here after %d problems", i + 1, MAX_PROBLEMS));
        readAll = false;
        break;
      }
      readLine(lines[i], i + 1);
    }
    finishDraft();
    if (headers == 0 && problems.isEmpty()) {
      throw LexiconException.unusable(source + " has no entries; " + ENTRY_START);
    }
    if (version == null) {
      problems.add("line 1: missing 'lexicon-version: YYYY.MM.N' before the first entry");
    }
    if (headers == 0 && readAll) {
      problems.add("no entries; " + ENTRY_START);
    }
    if (!problems.isEmpty()) {
      throw new LexiconException(source, problems);
    }
    return new Lexicon(version, entries, roleWeights, categoryWeights);
  }

  private void readLine(String raw, int number) {
    if (raw.length() > LexiconLimits.MAX_LINE_CHARS) {
      problems.add(
          format(
              "line %d: line is %,d characters long; at most %,d are allowed",
              number, raw.length(), LexiconLimits.MAX_LINE_CHARS));
      return;
    }
    String line = raw.strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    if (line.startsWith("[")) {
      finishDraft();
      if (++headers > LexiconLimits.MAX_ENTRIES) {
        problems.add(
            format(
                "line %d: this is entry %,d; at most %,d entries are allowed",
                number, headers, LexiconLimits.MAX_ENTRIES));
        return;
      }
      if (!line.endsWith("]")) {
        problems.add("line " + number + ": entry header must look like [entry.id]");
        return;
      }
      draft = new Draft(line.substring(1, line.length() - 1).strip(), number);
      return;
    }
    int colon = line.indexOf(':');
    if (colon <= 0) {
      problems.add("line " + number + ": expected 'key: value', found '" + abbreviate(line) + "'");
      return;
    }
    String key = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    if (draft == null) {
      if (key.equals("lexicon-version")) {
        if (!VERSION.matcher(value).matches()) {
          problems.add(
              "line " + number + ": lexicon-version must look like 2026.11.0, was '" + value + "'");
        }
        version = value;
      } else if (key.equals("role-weight")) {
        readWeight(key, value, number, Role::fromId, roleWeights, "product_owner 1.2");
      } else if (key.equals("category-weight")) {
        readWeight(key, value, number, Category::fromId, categoryWeights, "scrum_events 0.8");
      } else {
        problems.add(
            "line " + number + ": '" + key + "' outside an entry (start one with [entry.id])");
      }
      return;
    }
    draft.set(key, value, number);
  }

  /** Reads a calibration line such as {@code role-weight: product_owner 1.2}. */
  private <K> void readWeight(
      String key,
      String value,
      int number,
      Function<String, Optional<K>> lookup,
      Map<K, Double> into,
      String example) {
    String[] parts = value.split("\\s+");
    K target = parts.length == 2 ? lookup.apply(parts[0]).orElse(null) : null;
    if (target == null) {
      problems.add(
          "line " + number + ": " + key + " must look like '" + example + "', was '" + value + "'");
      return;
    }
    try {
      double w = Double.parseDouble(parts[1]);
      if (!(w > 0 && w <= 5)) {
        problems.add("line " + number + ": " + key + " must be in (0, 5], was " + parts[1]);
      }
      if (into.put(target, w) != null) {
        problems.add("line " + number + ": " + key + " for " + parts[0] + " given twice");
      }
    } catch (NumberFormatException e) {
      problems.add("line " + number + ": " + key + " must be a number, was '" + parts[1] + "'");
    }
  }

  private void finishDraft() {
    if (draft != null) {
      draft.build();
      draft = null;
    }
  }

  private static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** The fields of one entry as read so far. */
  private final class Draft {
    final String id;
    final int line;
    String role;
    String category;
    String orientation;
    String weight;
    String explanation;
    final List<String> patterns = new ArrayList<>();
    final List<String> examples = new ArrayList<>();
    int patternLines;

    Draft(String id, int line) {
      this.id = id;
      this.line = line;
    }

    void set(String key, String value, int number) {
      switch (key) {
        case "role" -> role = once(role, value, key, number);
        case "category" -> category = once(category, value, key, number);
        case "orientation" -> orientation = once(orientation, value, key, number);
        case "weight" -> weight = once(weight, value, key, number);
        case "explanation" -> explanation = once(explanation, value, key, number);
        case "pattern" -> addPattern(value, number);
        case "example" -> examples.add(value);
        default -> problem(number, "unknown key '" + key + "'");
      }
    }

    private String once(String old, String value, String key, int number) {
      if (old != null) {
        problem(number, "'" + key + "' given twice");
      }
      if (value.isEmpty()) {
        problem(number, "'" + key + "' is empty");
      }
      return value;
    }

    private void addPattern(String value, int number) {
      patternLines++;
      try {
        countVariants(PatternSpec.parse(value), number);
        patterns.add(value);
      } catch (IllegalArgumentException e) {
        problem(number, e.getMessage());
      }
    }

    /**
     * Adds the pattern's variants to the lexicon's total; names the line that first passes the
     * limit.
     */
    private void countVariants(PatternSpec spec, int number) {
      int before = variants;
      variants += spec.variantCount();
      if (before <= LexiconLimits.MAX_VARIANTS && variants > LexiconLimits.MAX_VARIANTS) {
        problem(
            number,
            format(
                "the patterns up to this one expand to %,d compiled variants; at most %,d are"
                    + " allowed in a lexicon",
                variants, LexiconLimits.MAX_VARIANTS));
      }
    }

    void build() {
      int before = problems.size();
      if (!ID.matcher(id).matches()) {
        problem(
            line,
            "id must be lower-case words (letters, digits, - and _) joined by dots, such as"
                + " po.backlog.order-backlog");
      }
      if (!ids.add(id)) {
        problem(line, "duplicate id");
      }
      Role r = require("role", role) == null ? null : Role.fromId(role).orElse(null);
      if (role != null && r == null) {
        problem(
            line, "unknown role '" + role + "' (product_manager, project_manager, product_owner)");
      }
      Category c =
          require("category", category) == null ? null : Category.fromId(category).orElse(null);
      if (category != null && c == null) {
        problem(line, "unknown category '" + category + "'");
      }
      if (r != null && c != null && !c.allows(r)) {
        problem(line, "category '" + category + "' does not belong to role '" + role + "'");
      }
      Orientation o =
          require("orientation", orientation) == null
              ? null
              : Orientation.fromId(orientation).orElse(null);
      if (orientation != null && o == null) {
        problem(line, "orientation must be outcome, output or neutral, was '" + orientation + "'");
      }
      double w = parseWeight();
      if (require("explanation", explanation) != null && explanation.length() > MAX_EXPLANATION) {
        problem(
            line,
            "explanation is " + explanation.length() + " characters, at most " + MAX_EXPLANATION);
      }
      if (patternLines == 0) {
        problem(line, "needs at least one 'pattern:'");
      }
      if (examples.isEmpty()) {
        problem(line, "needs at least one 'example:'");
      }
      if (problems.size() == before) {
        entries.add(new LexiconEntry(id, r, c, o, w, explanation, patterns, examples, line));
      }
    }

    private double parseWeight() {
      if (require("weight", weight) == null) {
        return 1;
      }
      try {
        double w = Double.parseDouble(weight);
        if (!(w > 0 && w <= 5)) {
          problem(line, "weight must be in (0, 5], was " + weight);
        }
        return w;
      } catch (NumberFormatException e) {
        problem(line, "weight must be a number, was '" + weight + "'");
        return 1;
      }
    }

    private String require(String key, String value) {
      if (value == null) {
        problem(line, "missing '" + key + ":'");
      }
      return value;
    }

    private void problem(int number, String message) {
      problems.add("line " + number + ": entry " + id + ": " + message);
    }
  }
}
