package io.rolelens.analyzer.section;

import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Equal-opportunity and other legal sentences, wherever they stand: a sentence holding one of the
 * cues ("equal opportunity", "without regard to", "reasonable accommodation", …, in the languages
 * RoleLens reads) is marked as its own section, and the section it interrupts resumes after it.
 * Cues are found in place, by their first word's length first, so a posting costs a length check
 * per word. Stateless and thread-safe.
 */
final class LegalText {
  /** Words that mark a sentence of equal-opportunity or other legal text, indexed by first word. */
  private static final Map<String, List<List<String>>> LEGAL_CUES =
      index(
          "equal opportunity",
          "equal opportunities",
          "equal employment opportunity",
          "without regard to",
          "affirmative action",
          "reasonable accommodation",
          "reasonable accommodations",
          "protected veteran",
          "protected characteristic",
          "protected characteristics",
          "protected class",
          "protected status",
          "sexual orientation",
          "gender identity",
          "background check",
          "background checks",
          "fair chance",
          "e verify",
          "applicant privacy",
          "national origin",
          "chancengleichheit",
          "igualdad de oportunidades",
          "égalité des chances",
          "gelijke kansen");

  /** The cues' distinct first words, by their length in chars. */
  @SuppressWarnings("unchecked")
  private static final List<String>[] CUES_BY_LENGTH = byLength(LEGAL_CUES.keySet());

  private LegalText() {}

  /** Marks each sentence of legal text, keeping the section it interrupts after it. */
  static void markSentences(TokenizedText tokens, NavigableMap<Integer, SectionKind> changes) {
    int covered = -1;
    for (int i = 0; i < tokens.size(); i++) {
      int length = tokens.end(i) - tokens.start(i);
      if (length >= CUES_BY_LENGTH.length
          || CUES_BY_LENGTH[length] == null
          || tokens.start(i) < covered) {
        continue;
      }
      // Compared in place, ignoring case: most words of a posting are none of the cues' first
      // words,
      // and building each word's lower-case string to look it up would cost more than the rest.
      List<List<String>> cues = null;
      for (String first : CUES_BY_LENGTH[length]) {
        if (tokens.is(i, first)) {
          cues = LEGAL_CUES.get(first);
          break;
        }
      }
      if (cues == null || !anyMatches(tokens, i, cues)) {
        continue;
      }
      int first = i;
      while (first > 0 && tokens.before(first) != Separator.SENTENCE) {
        first--;
      }
      int next = i + 1;
      while (next < tokens.size() && tokens.before(next) != Separator.SENTENCE) {
        next++;
      }
      int start = Math.max(tokens.start(first), covered);
      int end = next < tokens.size() ? tokens.start(next) : tokens.text().length();
      SectionKind resume = changes.floorEntry(end).getValue();
      changes.subMap(start, true, end, true).clear();
      changes.put(start, SectionKind.EQUAL_OPPORTUNITY);
      if (end < tokens.text().length()) {
        changes.put(end, resume);
      }
      covered = end;
    }
  }

  private static boolean anyMatches(TokenizedText tokens, int i, List<List<String>> cues) {
    for (List<String> cue : cues) {
      if (SectionReader.matches(tokens, i, cue)) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] byLength(java.util.Set<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    List<String>[] byLength = new List[longest + 1];
    for (String word : words) {
      if (byLength[word.length()] == null) {
        byLength[word.length()] = new ArrayList<>();
      }
      byLength[word.length()].add(word);
    }
    return byLength;
  }

  private static Map<String, List<List<String>>> index(String... phrases) {
    Map<String, List<List<String>>> byFirst = new HashMap<>();
    for (String phrase : phrases) {
      List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).split(" "));
      byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(byFirst);
  }
}
