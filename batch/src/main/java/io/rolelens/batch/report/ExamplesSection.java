package io.rolelens.batch.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The most confused example postings of each mismatch kind, with the title that fits the body.
 *
 * @param examples postings shown per kind
 */
record ExamplesSection(int examples) implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    if (examples > facts.examplesKept()) {
      throw new IllegalArgumentException(
          "--examples "
              + examples
              + " asks for more examples per kind than were kept ("
              + facts.examplesKept()
              + "); ask for at most "
              + facts.examplesKept()
              + ", or run spark-score again with --examples "
              + examples);
    }
    List<List<Object>> rows = new ArrayList<>();
    facts
        .examples()
        .forEach(
            (kind, kept) ->
                kept.stream()
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
                                    p.verdict(),
                                    p.confusion() == null ? "" : (Object) p.confusion(),
                                    p.suggestedTitle(),
                                    p.evidence()))));
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
