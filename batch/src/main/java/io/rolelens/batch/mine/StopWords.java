package io.rolelens.batch.mine;

import io.rolelens.analyzer.text.TermNormalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * English function words (articles, pronouns, prepositions, conjunctions, auxiliaries and a few
 * fillers postings are full of), compared after the same normalisation as the words they are checked
 * against, so "is" and "are" stay stop words whatever the stemmer makes of them. A candidate phrase
 * may hold them inside ("own the roadmap") but not at either end: "the roadmap" and "roadmap for"
 * say nothing "roadmap" does not. Numbers count as stop words for the same reason. Immutable and
 * thread-safe.
 */
final class StopWords {
  private static final Set<String> WORDS = Set.of(
      "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can",
      "could", "did", "do", "does", "doing", "down", "during", "e", "each", "eg", "either", "else", "etc",
      "ever", "every", "few", "for", "from", "further", "g", "get", "had", "has", "have", "having", "he",
      "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "ie", "if", "in", "into", "is",
      "it", "its", "itself", "just", "let", "may", "me", "might", "more", "most", "must", "my", "myself",
      "no", "nor", "not", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
      "ourselves", "out", "over", "per", "s", "same", "shall", "she", "should", "so", "some", "such",
      "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
      "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was",
      "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
      "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "yourself",
      "yourselves", "we'll", "you'll", "we're", "you're", "we've", "you've", "it's", "don't");

  private final Set<String> forms = new HashSet<>();

  /** The stop words as {@code normalizer} folds them. */
  StopWords(TermNormalizer normalizer) {
    for (String word : WORDS) {
      forms.add(word);
      forms.add(normalizer.normalize(word));
    }
  }

  /** Whether a normalised word is a stop word (or a number). */
  boolean contains(String form) {
    return forms.contains(form) || isNumber(form);
  }

  private static boolean isNumber(String form) {
    return !form.isEmpty() && form.chars().allMatch(Character::isDigit);
  }
}
