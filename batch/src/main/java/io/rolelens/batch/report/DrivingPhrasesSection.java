package io.rolelens.batch.report;

import io.rolelens.scoring.EvidenceList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The phrases that drive each kind of mismatch: for postings whose body reads as another role, that
 * role's phrases found most often.
 *
 * @param top phrases shown per kind
 */
record DrivingPhrasesSection(int top) implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    return drivingPhrases(facts.titled());
  }

  private Table drivingPhrases(List<PostingFacts> titled) {
    Map<String, Map<String, int[]>> byKind = new TreeMap<>();
    Map<String, Integer> kindSizes = new TreeMap<>();
    Map<String, Map<String, Integer>> texts = new TreeMap<>();
    for (PostingFacts p : titled) {
      if (!p.otherRole()) {
        continue;
      }
      String kind = p.titleRole() + "->" + p.bodyRole().orElseThrow().id();
      kindSizes.merge(kind, 1, Integer::sum);
      String prefix = p.bodyRole().orElseThrow().prefix();
      p.evidence().stream()
          .filter(e -> e.rolePrefix().equals(prefix))
          .map(EvidenceList.Phrase::phraseId)
          .distinct()
          .forEach(
              id ->
                  byKind.computeIfAbsent(kind, k -> new TreeMap<>())
                      .computeIfAbsent(id, k -> new int[1])[0]++);
      p.evidence()
          .forEach(
              e ->
                  texts
                      .computeIfAbsent(e.phraseId(), k -> new TreeMap<>())
                      .merge(e.folded(), 1, Integer::sum));
    }
    List<List<Object>> rows = new ArrayList<>();
    byKind.forEach(
        (kind, phrases) ->
            Stats.phraseRows(kind, phrases, texts, kindSizes.get(kind))
                .limit(top)
                .forEach(rows::add));
    return new Table(
        "driving_phrases",
        "Phrases that drive each kind of mismatch",
        "For postings whose body reads as another role: the phrases of that other role found most"
            + " often (postings containing each).",
        List.of("kind", "phrase_id", "phrase", "postings", "share_of_kind"),
        rows);
  }
}
