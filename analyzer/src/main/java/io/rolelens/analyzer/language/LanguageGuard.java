package io.rolelens.analyzer.language;

import io.rolelens.analyzer.nlp.NlpModels;
import io.rolelens.analyzer.nlp.ToolPool;
import io.rolelens.analyzer.text.TokenizedText;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Decides whether a posting is English. Most postings are, and their share of English function
 * words says so at once; only the others go through OpenNLP's language detector, which is far more
 * expensive. Thread-safe: detectors are lent from a pool.
 */
public final class LanguageGuard {
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "and", "of", "to", "with", "you", "your", "our", "will", "for", "are", "that",
          "this", "be", "on", "from", "have", "an", "by", "as", "at", "or", "who", "what", "which",
          "their", "they", "it", "we'll", "you'll", "within", "across", "about", "should", "would");
  private static final int LONGEST_FUNCTION_WORD =
      FUNCTION_WORDS.stream().mapToInt(String::length).max().orElseThrow();
  private static final int SAMPLE_TOKENS = 150;
  private static final int MIN_TOKENS = 12;
  private static final double ENGLISH_SHARE = 0.14;
  private static final int DETECTOR_CHARS = 800;

  private final ToolPool<LanguageDetectorME> detectors;

  public LanguageGuard(NlpModels models) {
    this.detectors = new ToolPool<>(() -> new LanguageDetectorME(models.languages()));
  }

  /** Detects the language of an already tokenized text. */
  public Language detect(TokenizedText tokens) {
    int sample = Math.min(tokens.size(), SAMPLE_TOKENS);
    int letters = 0;
    int functionWords = 0;
    String original = tokens.text();
    for (int i = 0; i < sample; i++) {
      if (Character.isLetter(original.codePointAt(tokens.start(i)))) {
        letters++;
        // Function words are short: only short tokens are worth a lower-cased copy.
        if (tokens.end(i) - tokens.start(i) <= LONGEST_FUNCTION_WORD
            && FUNCTION_WORDS.contains(tokens.lower(i))) {
          functionWords++;
        }
      }
    }
    if (letters < MIN_TOKENS) {
      return new Language(Language.UNDETERMINED, 0, "too-short");
    }
    double share = (double) functionWords / letters;
    if (share >= ENGLISH_SHARE) {
      return new Language(Language.ENGLISH, Math.min(1, 0.5 + share * 2), "function-words");
    }
    String text = tokens.text();
    int end = Math.min(text.length(), DETECTOR_CHARS);
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    String head = text.substring(0, end);
    opennlp.tools.langdetect.Language best = detectors.with(d -> d.predictLanguage(head));
    return new Language(best.getLang(), best.getConfidence(), "opennlp");
  }
}
