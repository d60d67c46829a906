package io.rolelens.batch.report;

import io.rolelens.analyzer.text.WordTable;
import java.util.Map;

/**
 * Lexicon categories and certifications in the words a report reader uses: "sprint ceremonies" for
 * {@code scrum_events}, "SAFe POPM" for a folded "safe popm". Stateless and thread-safe.
 */
final class PhraseWords {
  /** Lexicon categories in everyday words; a category not listed reads as its id with spaces. */
  private static final Map<String, String> THEMES =
      WordTable.load(PhraseWords.class, "themes.properties");

  /** Certification words folded to lower case by the scorer, as they are written. */
  private static final Map<String, String> ACRONYMS =
      WordTable.load(PhraseWords.class, "acronyms.properties");

  private static final Map<String, String> CERTIFICATIONS =
      WordTable.load(PhraseWords.class, "certifications.properties");

  private PhraseWords() {}

  /**
   * The everyday words for a phrase id's lexicon category ("po.scrum_events.x" → "sprint
   * ceremonies").
   */
  static String theme(String phraseId) {
    String[] parts = phraseId.split("\\.");
    String category = parts.length > 1 ? parts[1] : phraseId;
    return THEMES.getOrDefault(category, category.replace('_', ' '));
  }

  /**
   * A folded certification as it is usually written: "cspo" → "CSPO", "safe popm" → "SAFe POPM".
   */
  /**
   * The name of certification {@code phraseId} (its lexicon entry's, such as "SAFe POPM"), or, for
   * an entry without one, its {@linkplain #certificationName(String) commonest text's}.
   */
  static String certification(String phraseId, String folded) {
    String known = CERTIFICATIONS.get(phraseId.substring(phraseId.lastIndexOf('.') + 1));
    return known != null ? known : certificationName(folded);
  }

  static String certificationName(String folded) {
    StringBuilder name = new StringBuilder();
    for (String word : folded.split(" ")) {
      String known = ACRONYMS.get(word.replaceAll("[^a-z0-9-]", ""));
      name.append(name.isEmpty() ? "" : " ")
          .append(known == null ? word : word.replace(word.replaceAll("[^a-z0-9-]", ""), known));
    }
    return name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
