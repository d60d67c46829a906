package io.rolelens.bench;

import io.rolelens.analyzer.nlp.NlpModels;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The naive pipeline RoleLens avoids: OpenNLP sentence detection, tokenization, POS tagging and the
 * statistical lemmatizer on every token of the whole posting, before any matching. One per thread.
 */
final class NaivePipeline {
  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;

  NaivePipeline(NlpModels models, LemmatizerModel lemmas) {
    sentences = new SentenceDetectorME(models.sentence());
    tokenizer = new TokenizerME(models.tokens());
    tagger = new POSTaggerME(models.pos());
    lemmatizer = new LemmatizerME(lemmas);
  }

  /** Returns the number of lemmas produced, so the work cannot be optimized away. */
  int run(String text) {
    int lemmas = 0;
    for (String sentence : sentences.sentDetect(text)) {
      String[] tokens = tokenizer.tokenize(sentence);
      String[] tags = tagger.tag(tokens);
      lemmas += lemmatizer.lemmatize(tokens, tags).length;
    }
    return lemmas;
  }
}
