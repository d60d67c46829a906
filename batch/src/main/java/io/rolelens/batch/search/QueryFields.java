package io.rolelens.batch.search;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.analyzer.title.RoleFamily;
import io.rolelens.analyzer.title.Seniority;
import io.rolelens.batch.index.PostingFields;
import io.rolelens.scoring.index.IndexFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Finds the parts of a query that can never match, because they name a field the index does not
 * have ({@code titel:manager}) or give an exact field with a closed set of values one outside it
 * ({@code verdict:Mismatch}: values are matched as written), so {@code search} can say why rather
 * than answer {@code matches=0} without comment. Stateless and thread-safe.
 */
final class QueryFields {
  /** The values each exact field with a closed vocabulary can hold, besides {@code (none)}. */
  static final Map<String, List<String>> CLOSED =
      Map.of(
          IndexFields.VERDICT, LowerCaseId.ids(Verdict.class),
          IndexFields.TITLE_ROLE, LowerCaseId.ids(RoleFamily.class),
          IndexFields.BODY_ROLE,
              Stream.concat(LowerCaseId.ids(Role.class).stream(), Stream.of(IndexFields.NONE))
                  .toList(),
          IndexFields.BODY_STATUS, LowerCaseId.ids(BodyStatus.class),
          IndexFields.SENIORITY, LowerCaseId.ids(Seniority.class),
          IndexFields.DUPLICATE, List.of("true", "false"));

  private QueryFields() {}

  /** One sentence for each field of {@code query} the index lacks and each value it never holds. */
  static List<String> problems(Query query) {
    Set<String> unknown = new LinkedHashSet<>();
    Set<Term> outside = new LinkedHashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            if (!PostingFields.SEARCHED.contains(field)) {
              unknown.add(field);
            }
            return true;
          }

          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) {
              List<String> values = CLOSED.get(t.field());
              if (values != null && !values.contains(t.text()) && !isNone(t.text())) {
                outside.add(t);
              }
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this; // a field in a NOT clause is checked too
          }
        });
    List<String> problems = new ArrayList<>();
    for (String field : unknown) {
      problems.add(
          "the index has no field '"
              + field
              + "', so "
              + field
              + ": matches nothing; the fields are "
              + String.join(", ", PostingFields.SEARCHED));
    }
    for (Term t : outside) {
      problems.add(outsideVocabulary(t));
    }
    return problems;
  }

  private static String outsideVocabulary(Term t) {
    List<String> values = CLOSED.get(t.field());
    String folded = t.text().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    if (folded.equals("none")) {
      // body_role:(none) parses as a group holding the word none; the value needs quotes.
      folded = '"' + IndexFields.NONE + '"';
    }
    return t.field()
        + ":"
        + t.text()
        + " matches nothing: "
        + t.field()
        + " is one of "
        + String.join(", ", values)
        + ", as written"
        + (values.contains(folded.replace("\"", ""))
            ? " (did you mean " + t.field() + ":" + folded + "?)"
            : "");
  }

  private static boolean isNone(String value) {
    return value.equals(IndexFields.NONE);
  }
}
