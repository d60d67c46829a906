package io.rolelens.analyzer.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A parsed phrase pattern, before its words are normalized for matching.
 *
 * <p>Syntax: words separated by spaces; {@code a|b} gives alternatives for one position; a trailing
 * {@code ?} makes a position optional; a trailing {@code :VERB} or {@code :NOUN} asks the
 * part-of-speech tagger to confirm the word; a leading {@code ~ } lets the words occur in any order
 * within a short window.
 *
 * @param text the pattern as written
 * @param unordered whether the words may occur in any order
 * @param slots the positions of the pattern, in order
 */
public record PatternSpec(String text, boolean unordered, List<Slot> slots) {

  /** Part-of-speech constraint on one position. */
  public enum Pos {
    ANY,
    VERB,
    NOUN
  }

  /**
   * One position of a pattern.
   *
   * @param words the alternatives, lower-cased as written
   * @param pos for each alternative, the part of speech it must have
   * @param optional whether the position may be absent
   */
  public record Slot(List<String> words, List<Pos> pos, boolean optional) {
    public Slot {
      words = List.copyOf(words);
      pos = List.copyOf(pos);
      if (words.size() != pos.size()) {
        throw new IllegalArgumentException("one part of speech per alternative");
      }
    }
  }

  /**
   * Checks the pattern against the {@link LexiconLimits}.
   *
   * @throws IllegalArgumentException when the pattern is past one of the limits, so no pattern that
   *     would expand to more than {@code 2^}{@link LexiconLimits#MAX_OPTIONAL_WORDS} variants
   *     exists to be expanded
   */
  public PatternSpec {
    Objects.requireNonNull(text, "text");
    slots = List.copyOf(slots);
    checkLimits(slots);
  }

  /**
   * Refuses a pattern past {@link LexiconLimits}: optional words first, since they are what
   * multiplies the compiled variants.
   */
  private static void checkLimits(List<Slot> slots) {
    long optional = slots.stream().filter(Slot::optional).count();
    if (optional > LexiconLimits.MAX_OPTIONAL_WORDS) {
      throw tooMany(
          "pattern has " + optional + " optional words", LexiconLimits.MAX_OPTIONAL_WORDS);
    }
    if (slots.size() > LexiconLimits.MAX_PATTERN_WORDS) {
      throw tooMany("pattern has " + slots.size() + " words", LexiconLimits.MAX_PATTERN_WORDS);
    }
    for (int i = 0; i < slots.size(); i++) {
      int alternatives = slots.get(i).words().size();
      if (alternatives > LexiconLimits.MAX_ALTERNATIVES) {
        throw tooMany(
            "word " + (i + 1) + " of the pattern has " + alternatives + " alternatives",
            LexiconLimits.MAX_ALTERNATIVES);
      }
    }
  }

  private static IllegalArgumentException tooMany(String what, int limit) {
    return new IllegalArgumentException(what + "; at most " + limit + " are allowed");
  }

  /**
   * Parses one pattern.
   *
   * @throws IllegalArgumentException naming the problem when the pattern is malformed or past one
   *     of the {@link LexiconLimits}
   */
  public static PatternSpec parse(String pattern) {
    String text = pattern.strip();
    boolean unordered = false;
    if (text.startsWith("~")) {
      unordered = true;
      text = text.substring(1).strip();
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty pattern");
    }
    List<Slot> slots = new ArrayList<>();
    for (String raw : text.split("\\s+")) {
      slots.add(parseSlot(raw, pattern));
    }
    if (slots.stream().allMatch(Slot::optional)) {
      throw new IllegalArgumentException("pattern '" + pattern + "' has only optional words");
    }
    if (unordered && slots.size() < 2) {
      throw new IllegalArgumentException(
          "unordered pattern '" + pattern + "' needs two words or more");
    }
    if (unordered && slots.stream().anyMatch(Slot::optional)) {
      throw new IllegalArgumentException(
          "unordered pattern '" + pattern + "' cannot have optional words");
    }
    return new PatternSpec(pattern.strip(), unordered, slots);
  }

  /**
   * How many compiled variants the pattern expands to: one per combination of present and absent
   * optional words, at most {@code 2^}{@link LexiconLimits#MAX_OPTIONAL_WORDS}.
   */
  public int variantCount() {
    return 1 << (int) slots.stream().filter(Slot::optional).count();
  }

  private static Slot parseSlot(String raw, String pattern) {
    String word = raw;
    boolean optional = word.endsWith("?");
    if (optional) {
      word = word.substring(0, word.length() - 1);
    }
    List<String> words = new ArrayList<>();
    List<Pos> tags = new ArrayList<>();
    for (String alt : word.split("\\|", -1)) {
      Pos pos = Pos.ANY;
      int colon = alt.indexOf(':');
      if (colon >= 0) {
        String tag = alt.substring(colon + 1);
        alt = alt.substring(0, colon);
        pos =
            switch (tag) {
              case "VERB" -> Pos.VERB;
              case "NOUN" -> Pos.NOUN;
              default ->
                  throw new IllegalArgumentException(
                      "unknown part of speech ':"
                          + tag
                          + "' in '"
                          + pattern
                          + "' (use :VERB or :NOUN)");
            };
      }
      if (alt.isEmpty()) {
        throw new IllegalArgumentException("empty alternative in '" + pattern + "'");
      }
      if (!alt.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'')) {
        throw new IllegalArgumentException(
            "word '" + alt + "' in '" + pattern + "' may hold only letters and digits");
      }
      words.add(alt.toLowerCase(Locale.ROOT));
      tags.add(pos);
    }
    return new Slot(words, tags, optional);
  }
}
