package io.rolelens.batch.report;

import io.rolelens.scoring.tally.ReportTallies;
import io.rolelens.scoring.tally.Tally;
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
    Map<String, Map<String, Long>> byKind = Stats.nested(facts.scoped(Tally.DRIVING_PHRASES));
    Map<String, Map<String, Long>> texts = Stats.nested(facts.scoped(Tally.DRIVING_PHRASE_TEXTS));
    // A kind's postings are the matrix cell of its title role and body role.
    Map<String, Long> kindSizes = new TreeMap<>();
    facts
        .scoped(Tally.MATRIX)
        .forEach(
            (key, postings) ->
                kindSizes.put(ReportTallies.kind(key.get(0), key.get(1)), postings[0]));
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
