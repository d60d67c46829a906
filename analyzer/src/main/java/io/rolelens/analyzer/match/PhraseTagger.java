package io.rolelens.analyzer.match;

import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.lexicon.PatternSpec.Pos;
import io.rolelens.analyzer.nlp.PosTagging;
import io.rolelens.analyzer.section.PostingSections;
import io.rolelens.analyzer.section.SectionKind;
import io.rolelens.analyzer.section.SectionReader;
import io.rolelens.analyzer.text.Separator;
import io.rolelens.analyzer.text.TermNormalizer;
import io.rolelens.analyzer.text.TokenizedText;
import io.rolelens.analyzer.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags the lexicon's role phrases in a text: tokenizes it, finds pattern candidates, confirms parts
 * of speech with OpenNLP only for the few candidates whose pattern asks for it, keeps the longest
 * of overlapping candidates and marks negated ones. Thread-safe once built.
 */
public final class PhraseTagger {
  private final Tokenizer tokenizer;
  private final PhraseMatcher matcher;
  private final PosTagging pos;
  private static final SectionReader SECTIONS = new SectionReader();

  /** Compiles the lexicon; {@code pos} may be null to skip part-of-speech checks. */
  public PhraseTagger(Lexicon lexicon, PosTagging pos) {
    this(lexicon, pos, new TermNormalizer());
  }

  /**
   * Compiles the lexicon into {@code normalizer}'s vocabulary, which the caller may go on to extend
   * (with other words to find by term id) before the tagger is first used.
   */
  public PhraseTagger(Lexicon lexicon, PosTagging pos, TermNormalizer normalizer) {
    PhraseIndex index = new PhraseIndex(lexicon, normalizer);
    this.tokenizer = new Tokenizer(normalizer);
    this.matcher = new PhraseMatcher(index);
    this.pos = pos;
  }

  /** A tokenized text and the role phrases found in it. */
  public record Tagged(TokenizedText tokens, List<Mention> mentions) {
    public Tagged {
      mentions = List.copyOf(mentions);
    }
  }

  /** Tokenizes {@code text} without tagging phrases. */
  public TokenizedText tokenize(String text) {
    return tokenizer.tokenize(text);
  }

  /** Finds the role phrases in {@code text}; offsets index into {@code text}. */
  public Tagged tag(String text, Field field) {
    return tag(text, field, Checkpoint.NONE);
  }

  /**
   * Finds the role phrases in {@code text}, calling {@code checkpoint} between steps (and every few
   * thousand tokens) so the caller can stop a text that takes too long.
   */
  public Tagged tag(String text, Field field, Checkpoint checkpoint) {
    TokenizedText tokens = tokenizer.tokenize(text);
    checkpoint.reached("reading words");
    List<Candidate> candidates = matcher.candidates(tokens, checkpoint);
    checkpoint.reached("matching phrases");
    if (pos != null) {
      candidates = confirmPartsOfSpeech(tokens, candidates, checkpoint);
    }
    PostingSections sections = field == Field.BODY ? SECTIONS.read(tokens) : null;
    List<Mention> mentions = new ArrayList<>();
    int resolved = 0;
    for (Candidate c : Overlaps.resolve(candidates, tokens.size())) {
      if (++resolved % CHECK_EVERY == 0) {
        checkpoint.reached("checking negation");
      }
      boolean negated =
          Negation.isNegated(
              tokens, c.first(), c.last(), c.pattern().entry().category().isCertification());
      mentions.add(
          Mention.of(
              field,
              text,
              tokens.start(c.first()),
              tokens.end(c.last()),
              c.pattern().entry(),
              negated,
              sections == null ? SectionKind.INTRO : sections.kindAt(tokens.start(c.first()))));
    }
    return new Tagged(tokens, mentions);
  }

  private List<Candidate> confirmPartsOfSpeech(
      TokenizedText tokens, List<Candidate> candidates, Checkpoint checkpoint) {
    List<Candidate> kept = new ArrayList<>(candidates.size());
    Map<Integer, PosTagging.Tagged> bySentence = new HashMap<>();
    for (Candidate c : candidates) {
      if (!c.pattern().needsPos() || posHolds(tokens, c, bySentence, checkpoint)) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Words of context the tagger sees on each side of a candidate. */
  private static final int POS_CONTEXT = 8;

  /**
   * The most windows the statistical tagger reads per text. Real postings need very few (the
   * neighbouring word settles most cases: of the dev set's 455 postings and 20,000 postings of the
   * LinkedIn export none needed more than 3), but a text made of little else than "drive impact own
   * outcomes …" needed one per candidate: a megabyte of it took over ten seconds. Past the limit an
   * unsettled candidate does not count.
   */
  static final int MAX_POS_WINDOWS = 32;

  /** How many resolved candidates pass between two checkpoints. */
  private static final int CHECK_EVERY = 4096;

  private boolean posHolds(
      TokenizedText tokens,
      Candidate c,
      Map<Integer, PosTagging.Tagged> cache,
      Checkpoint checkpoint) {
    boolean undecided = false;
    for (int s = 0; s < c.pattern().length(); s++) {
      int token = c.tokens()[s];
      Pos wanted = c.pattern().posFor(s, tokens.term(token));
      if (wanted == Pos.ANY) {
        continue;
      }
      Boolean settled = PosFromContext.decide(tokens, token, wanted);
      if (Boolean.FALSE.equals(settled)) {
        return false;
      }
      undecided |= settled == null;
    }
    if (!undecided) {
      return true;
    }
    int first = c.first();
    int sentenceStart = first;
    while (sentenceStart > 0
        && first - sentenceStart < POS_CONTEXT
        && tokens.before(sentenceStart) != Separator.SENTENCE) {
      sentenceStart--;
    }
    int sentenceEnd = c.last();
    while (sentenceEnd + 1 < tokens.size()
        && sentenceEnd - c.last() < POS_CONTEXT
        && tokens.before(sentenceEnd + 1) != Separator.SENTENCE) {
      sentenceEnd++;
    }
    PosTagging.Tagged tagged = cache.get(sentenceStart);
    if (tagged == null) {
      if (cache.size() >= MAX_POS_WINDOWS) {
        return false;
      }
      checkpoint.reached("tagging parts of speech");
      tagged = pos.tagRegion(tokens.text(), tokens.start(sentenceStart), tokens.end(sentenceEnd));
      cache.put(sentenceStart, tagged);
    }
    for (int s = 0; s < c.pattern().length(); s++) {
      int token = c.tokens()[s];
      Pos wanted = c.pattern().posFor(s, tokens.term(token));
      if (wanted == Pos.ANY) {
        continue;
      }
      String tag = tagged.tagAt(tokens.start(token));
      boolean initial = tokens.before(token) == Separator.SENTENCE;
      boolean ok =
          wanted == Pos.VERB ? PosTagging.canBeVerb(tag, initial) : PosTagging.canBeNoun(tag);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
