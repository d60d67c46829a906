package io.rolelens.batch.report;

import io.rolelens.scoring.EvidenceList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The certifications asked for, per title role. */
record CertificationsSection() implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      List<PostingFacts> group = facts.titled(role);
      Map<String, int[]> counts = new TreeMap<>();
      Map<String, Map<String, Integer>> texts = new TreeMap<>();
      for (PostingFacts p : group) {
        List<EvidenceList.Phrase> certifications =
            p.evidence().stream().filter(EvidenceList.Phrase::isCertification).toList();
        certifications.forEach(
            e ->
                texts
                    .computeIfAbsent(e.phraseId(), k -> new TreeMap<>())
                    .merge(e.folded(), 1, Integer::sum));
        certifications.stream()
            .map(EvidenceList.Phrase::phraseId)
            .distinct()
            .forEach(id -> counts.computeIfAbsent(id, k -> new int[1])[0]++);
      }
      Stats.phraseRows(role, counts, texts, group.size()).forEach(rows::add);
    }
    return new Table(
        "certifications",
        "Certifications asked for, per title role",
        "Postings mentioning each certification (not counting 'not required'), and their share of"
            + " the title role's postings.",
        List.of(
            "title_role", "certification_id", "certification", "postings", "share_of_title_role"),
        rows);
  }
}
