package io.rolelens.batch.report;

import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.scoring.EvidenceList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The most confused example postings of each mismatch kind, with the title that fits the body.
 *
 * @param examples postings shown per kind
 */
record ExamplesSection(int examples) implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    return examples(facts.titled());
  }

  private Table examples(List<PostingFacts> titled) {
    Map<String, List<PostingFacts>> byKind =
        titled.stream()
            .filter(p -> p.otherRole() || p.otherJob())
            .collect(
                Collectors.groupingBy(
                    p ->
                        p.titleRole()
                            + "->"
                            + (p.otherJob()
                                ? BodyStatus.OTHER_JOB.id()
                                : p.bodyRole().orElseThrow().id()),
                    TreeMap::new,
                    Collectors.toList()));
    List<List<Object>> rows = new ArrayList<>();
    byKind.forEach(
        (kind, group) ->
            group.stream()
                .sorted(
                    Comparator.comparing(
                            (PostingFacts p) -> p.confusion() == null ? -1 : -p.confusion())
                        .thenComparing(PostingFacts::id))
                .limit(examples)
                .forEach(
                    p ->
                        rows.add(
                            List.of(
                                kind,
                                p.id(),
                                p.title(),
                                p.company(),
                                p.quarter(),
                                p.verdict().id(),
                                p.confusion() == null ? "" : (Object) p.confusion(),
                                p.suggestedTitle(),
                                p.evidence().stream()
                                    .limit(4)
                                    .map(EvidenceList.Phrase::text)
                                    .collect(Collectors.joining("; "))))));
    return new Table(
        "examples",
        "Example postings per mismatch kind",
        "The most confused postings of each kind (the body read as another role, or as another job"
            + " altogether), with the title that fits the body and the phrases that weighed most.",
        List.of(
            "kind",
            "id",
            "title",
            "company",
            "quarter",
            "verdict",
            "confusion_score",
            "suggested_title",
            "evidence"),
        rows);
  }
}
