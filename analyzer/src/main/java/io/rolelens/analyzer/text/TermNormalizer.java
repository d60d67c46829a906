package io.rolelens.analyzer.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Reduces a word to the form the lexicon matches on: lower case, possessive dropped, British
 * spelling folded to American, plurals removed, then Lucene's KStem (a dictionary-backed English
 * stemmer that keeps real words: "prioritizing" and "prioritises" become "prioritize"). The
 * lexicon's vocabulary gets dense ids; words outside it map to -1. Thread-safe; results are cached
 * because word frequencies in postings are steeply skewed.
 */
public final class TermNormalizer {
  private static final int CACHE_LIMIT = 200_000;

  /** British spellings folded to American ones. */
  private static final Map<String, String> SPELLING =
      WordTable.load(TermNormalizer.class, "spelling.properties");

  /**
   * Nouns KStem would fold into a different word ("deliverables" into "deliver"), mapped to the
   * form they keep.
   */
  private static final Map<String, String> UNSTEMMED =
      Map.of("deliverable", "deliverable", "deliverables", "deliverable");

  private final Analyzer stemmer = new StemmingAnalyzer();
  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final ConcurrentHashMap<String, Integer> cache = new ConcurrentHashMap<>();

  /**
   * Creates a normalizer with an empty vocabulary; add the lexicon's words with {@link #intern}.
   */
  public TermNormalizer() {}

  /**
   * Adds a lexicon word to the vocabulary and returns its id. Call only while building, before the
   * normalizer is shared between threads.
   */
  public synchronized int intern(String word) {
    String term = normalize(word.toLowerCase(Locale.ROOT));
    Integer id = vocabulary.get(term);
    if (id == null) {
      id = vocabulary.size();
      vocabulary.put(term, id);
      cache.clear();
    }
    return id;
  }

  /** Number of distinct terms in the vocabulary. */
  public int vocabularySize() {
    return vocabulary.size();
  }

  /** The vocabulary's normalized terms (for diagnostics and tests). */
  public Collection<String> terms() {
    return vocabulary.keySet();
  }

  /** The term id of a lower-cased word, or -1 when the lexicon does not use its normalized form. */
  public int termId(String lowerWord) {
    Integer id = cache.get(lowerWord);
    if (id == null) {
      id = vocabulary.getOrDefault(normalize(lowerWord), -1);
      if (cache.size() > CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(lowerWord, id);
    }
    return id;
  }

  /** The normalized form of a lower-cased word. */
  public String normalize(String lowerWord) {
    String word = lowerWord.replace('\u2019', '\'');
    if (word.endsWith("'s")) {
      word = word.substring(0, word.length() - 2);
    } else if (word.endsWith("'")) {
      word = word.substring(0, word.length() - 1);
    }
    word = americanSpelling(word);
    String kept = UNSTEMMED.get(word);
    return kept != null ? kept : stripKeptIng(stem(word));
  }

  /**
   * KStem keeps "-ing" words its dictionary lists as nouns or adjectives ("working", "leading",
   * "writing"), so "writing user stories" would miss "write user stories". Such words lose the
   * ending here too, with Porter's rule for restoring a silent e ("writ" becomes "write").
   */
  static String stripKeptIng(String word) {
    if (word.length() < 6 || !word.endsWith("ing")) {
      return word;
    }
    String base = word.substring(0, word.length() - 3);
    if (base.chars().noneMatch(TermNormalizer::isVowel)) {
      return word;
    }
    int n = base.length();
    char last = base.charAt(n - 1);
    if (n >= 2 && last == base.charAt(n - 2) && !isVowel(last) && "lsz".indexOf(last) < 0) {
      return base.substring(0, n - 1);
    }
    if (base.endsWith("at") || base.endsWith("bl") || base.endsWith("iz")) {
      return base + "e";
    }
    if (n <= 4
        && n >= 3
        && !isVowel(last)
        && "wxy".indexOf(last) < 0
        && isVowel(base.charAt(n - 2))
        && !isVowel(base.charAt(n - 3))) {
      return base + "e";
    }
    return base;
  }

  private static boolean isVowel(int c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  static String americanSpelling(String word) {
    String mapped = SPELLING.get(word);
    if (mapped != null) {
      return mapped;
    }
    if (word.length() < 6) {
      return word;
    }
    for (String[] rule : IZE_RULES) {
      if (word.endsWith(rule[0])) {
        return word.substring(0, word.length() - rule[0].length()) + rule[1];
      }
    }
    return word;
  }

  private static final String[][] IZE_RULES = {
    {"isations", "izations"},
    {"isation", "ization"},
    {"ising", "izing"},
    {"ised", "ized"},
    {"ises", "izes"},
    {"iser", "izer"},
    {"isers", "izers"},
    {"ise", "ize"},
  };

  private String stem(String word) {
    try (TokenStream stream = stemmer.tokenStream("w", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String result = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("stemming failed for '" + word + "'", e);
    }
  }

  /**
   * Lucene analysis chain: the whole word as one token, KStem, then plurals removed (KStem's
   * dictionary keeps some, such as "needs" and "features").
   */
  private static final class StemmingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(
          source, new EnglishMinimalStemFilter(new KStemFilter(source)));
    }
  }
}
