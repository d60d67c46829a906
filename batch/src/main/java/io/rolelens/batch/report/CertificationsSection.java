package io.rolelens.batch.report;

import io.rolelens.scoring.tally.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The certifications asked for, per title role. */
record CertificationsSection() implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      Map<String, Map<String, Long>> texts =
          Stats.nested(facts.scoped(Tally.CERTIFICATION_TEXTS, List.of(role)));
      Map<String, Long> counts = new java.util.TreeMap<>();
      facts
          .scoped(Tally.CERTIFICATIONS, List.of(role))
          .forEach((id, postings) -> counts.put(id.get(0), postings[0]));
      Stats.phraseRows(role, counts, texts, facts.titled(role))
          .map(
              row -> {
                List<Object> named = new ArrayList<>(row);
                named.set(2, PhraseWords.certification((String) row.get(1), (String) row.get(2)));
                return named;
              })
          .forEach(rows::add);
    }
    return new Table(
        "certifications",
        "Certifications asked for, per title role",
        "Postings mentioning each certification (not counting 'not required'), and their share of"
            + " the title role's postings; certification is its name (that of its lexicon entry).",
        List.of(
            "title_role", "certification_id", "certification", "postings", "share_of_title_role"),
        rows);
  }
}
