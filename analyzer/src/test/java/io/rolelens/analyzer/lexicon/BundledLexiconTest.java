package io.rolelens.analyzer.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.match.PhraseTagger;
import io.rolelens.analyzer.nlp.NlpModels;
import io.rolelens.analyzer.nlp.PosTagging;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledLexiconTest {
  static Lexicon lexicon;
  static PhraseTagger tagger;

  @BeforeAll
  static void load() {
    lexicon = Lexicon.bundled();
    tagger = new PhraseTagger(lexicon, new PosTagging(NlpModels.load()));
  }

  @Test
  void hasAVersionAndAtLeastTwoHundredPatterns() {
    assertThat(lexicon.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
    assertThat(lexicon.patternCount()).isGreaterThanOrEqualTo(200);
  }

  @Test
  void staysFarBelowTheLimitOnPatternVariants() {
    assertThat(
            lexicon.entries().stream()
                .flatMap(e -> e.patterns().stream())
                .mapToInt(p -> PatternSpec.parse(p).variantCount())
                .sum())
        .as("variants counted before compiling")
        .isLessThan(LexiconLimits.MAX_VARIANTS / 10);
  }

  @Test
  void coversEveryCategoryOfEveryRole() {
    for (Category c : Category.values()) {
      assertThat(lexicon.entries()).as("entries of %s", c).anyMatch(e -> e.category() == c);
    }
    Map<Role, Integer> selfLabels = new EnumMap<>(Role.class);
    lexicon.entries().stream()
        .filter(e -> e.category() == Category.SELF_LABEL)
        .forEach(e -> selfLabels.merge(e.role(), 1, Integer::sum));
    assertThat(selfLabels).containsOnlyKeys(Role.values());
  }

  @Test
  void everyExampleIsMatchedByItsOwnEntry() {
    List<String> misses = new ArrayList<>();
    for (LexiconEntry entry : lexicon.entries()) {
      for (String example : entry.examples()) {
        List<Mention> mentions = tagger.tag(example, Field.BODY).mentions();
        if (mentions.stream().noneMatch(m -> m.phraseId().equals(entry.id()))) {
          misses.add(
              entry.id()
                  + " <- \""
                  + example
                  + "\" found "
                  + mentions.stream().map(Mention::phraseId).toList());
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void everyExplanationIsOneShortLine() {
    assertThat(lexicon.entries())
        .allSatisfy(e -> assertThat(e.explanation()).hasSizeBetween(20, 200).doesNotContain("\n"));
  }
}
