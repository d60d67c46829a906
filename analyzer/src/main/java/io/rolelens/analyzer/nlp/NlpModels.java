package io.rolelens.analyzer.nlp;

import io.rolelens.analyzer.Require;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP models RoleLens uses, read once from the {@code opennlp-models-*} artifacts on
 * the classpath. Models are immutable and thread-safe; the {@code *ME} tools built on them are not,
 * so callers keep those per thread.
 *
 * @param sentence the sentence detector's model
 * @param tokens the tokenizer's model
 * @param pos the part-of-speech tagger's model
 * @param languages the language detector's model
 */
public record NlpModels(
    SentenceModel sentence, TokenizerModel tokens, POSModel pos, LanguageDetectorModel languages) {
  static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  static final String LANGUAGES = "/langdetect-183.bin";

  public NlpModels {
    Require.nonNull("sentence tokens pos languages", sentence, tokens, pos, languages);
  }

  /** Loads the models; takes about a second, so build once and share. */
  public static NlpModels load() {
    return new NlpModels(
        read(SENTENCE, SentenceModel::new),
        read(TOKENS, TokenizerModel::new),
        read(POS, POSModel::new),
        read(LANGUAGES, LanguageDetectorModel::new));
  }

  /**
   * Loads the statistical lemmatizer, which RoleLens does not use on its fast path; benchmarks use
   * it to measure the naive all-OpenNLP pipeline. Needs {@code opennlp-models-lemmatizer-en}.
   */
  public static LemmatizerModel lemmatizer() {
    return read(LEMMAS, LemmatizerModel::new);
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T read(String resource, Reader<T> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model "
                + resource
                + " is not on the classpath (add its opennlp-models-* artifact)");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
