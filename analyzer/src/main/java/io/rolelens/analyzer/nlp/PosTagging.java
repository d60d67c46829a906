package io.rolelens.analyzer.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Part-of-speech tags for single words in context, computed with OpenNLP only for the sentence
 * around a word that needs one. Thread-safe: the OpenNLP tools are lent from a pool.
 */
public final class PosTagging {
  private final ToolPool<Tools> tools;

  public PosTagging(NlpModels models) {
    this.tools =
        new ToolPool<>(
            () ->
                new Tools(
                    new SentenceDetectorME(models.sentence()),
                    new TokenizerME(models.tokens()),
                    new POSTaggerME(models.pos())));
  }

  /** The tagged words of one region of text, for looking up the tag at a char offset. */
  public record Tagged(int[] starts, int[] ends, String[] tags) {
    /** The tag of the word covering {@code offset}, or the empty string. */
    public String tagAt(int offset) {
      for (int i = 0; i < starts.length; i++) {
        if (starts[i] <= offset && offset < ends[i]) {
          return tags[i];
        }
      }
      return "";
    }
  }

  /**
   * Tags {@code text[regionStart, regionEnd)}: OpenNLP splits it into sentences, tokenizes and tags
   * each. Offsets in the result index into {@code text}.
   */
  public Tagged tagRegion(String text, int regionStart, int regionEnd) {
    return tools.with(t -> tag(t, text, regionStart, regionEnd));
  }

  private static Tagged tag(Tools t, String text, int regionStart, int regionEnd) {
    String region = text.substring(regionStart, regionEnd);
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (Span s : t.sentences.sentPosDetect(region)) {
      String sentence = region.substring(s.getStart(), s.getEnd());
      Span[] spans = t.tokenizer.tokenizePos(sentence);
      String[] sentenceTags = t.tagger.tag(Span.spansToStrings(spans, sentence));
      int base = regionStart + s.getStart();
      for (int i = 0; i < spans.length; i++) {
        starts.add(base + spans[i].getStart());
        ends.add(base + spans[i].getEnd());
        tags.add(sentenceTags[i]);
      }
    }
    return new Tagged(
        starts.stream().mapToInt(Integer::intValue).toArray(),
        ends.stream().mapToInt(Integer::intValue).toArray(),
        tags.toArray(String[]::new));
  }

  /**
   * Whether a word tagged {@code tag} can be the verb a pattern asks for. Adjectives never are
   * ("your own roadmap"); other non-verb tags are trusted only mid-sentence, because the
   * statistical tagger often mistakes an imperative at the start of a bullet ("Own the backlog",
   * "Plan releases") for a noun or preposition.
   */
  public static boolean canBeVerb(String tag, boolean sentenceInitial) {
    if (tag.equals("VERB") || tag.startsWith("VB")) {
      return true;
    }
    if (tag.equals("ADJ") || tag.startsWith("JJ")) {
      return false;
    }
    return sentenceInitial;
  }

  /** Whether a word tagged {@code tag} can be the noun a pattern asks for: anything but a verb. */
  public static boolean canBeNoun(String tag) {
    return !(tag.equals("VERB") || tag.equals("AUX") || tag.startsWith("VB") || tag.equals("MD"));
  }

  private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {}
}
