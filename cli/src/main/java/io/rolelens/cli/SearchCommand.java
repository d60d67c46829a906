package io.rolelens.cli;

import io.rolelens.batch.PostingArchive;
import io.rolelens.batch.search.PostingSearch;
import io.rolelens.scoring.index.IndexFields;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolelens search}: queries an index and prints counts per facet and the top postings. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches an index built by 'rolelens index' with Lucene query syntax.",
      "Bare words and phrases search the body; title: searches titles; exact fields: id, quarter,"
          + " title_role, body_role, body_status (ok|thin|other_job|not_english), verdict, company,"
          + " location, seniority, duplicate (true|false).",
      "Example: title_role:product_manager AND body:\"product backlog\""
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption indexOption;

  @Option(
      names = "--top",
      paramLabel = "N",
      converter = Counts.AtLeastZero.class,
      description = "How many postings to list (default 10; 0 prints the counts only).")
  int top = 10;

  @Option(
      names = "--facet-top",
      paramLabel = "N",
      converter = Counts.AtLeastOne.class,
      description = "How many values to count per facet (default 5).")
  int facetTop = 5;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "The query; several words are joined with spaces.")
  java.util.List<String> query;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PostingSearch.Answer a;
    try {
      a = PostingArchive.at(indexOption.dir).search(String.join(" ", query), top, facetTop);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), e.getMessage()); // the query is the user's to fix
    }
    a.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
    out.printf(Locale.ROOT, "matches=%d%n", a.matches());
    for (PostingSearch.FacetCounts f : a.facets()) {
      out.printf(
          Locale.ROOT,
          "%-11s %s%n",
          f.dimension(),
          f.counts().stream()
              .map(lv -> lv.label + "=" + lv.value)
              .collect(Collectors.joining("  ")));
    }
    if (!a.hits().isEmpty()) {
      out.println();
    }
    for (PostingSearch.Hit h : a.hits()) {
      Document d = h.fields();
      out.printf(
          Locale.ROOT,
          "%s  %s | %s | %s | title %s, body %s, %s, confusion %s%s%n",
          d.get("id"),
          d.get("title"),
          d.get("company"),
          d.get("quarter"),
          d.get("title_role"),
          body(d),
          d.get("verdict"),
          blankAsDash(d.get("confusion_score")),
          d.get("duplicate_of").isEmpty() ? "" : ", duplicate of " + d.get("duplicate_of"));
      if (!h.passage().isEmpty()) {
        out.println("    " + h.passage());
      }
    }
    return 0;
  }

  /** The body role, or why there is none (thin, other_job, not_english) when the index says. */
  private static String body(Document d) {
    String role = d.get("body_role");
    String status = d.get(IndexFields.BODY_STATUS);
    return role.equals(IndexFields.NONE) && status != null ? status : role;
  }

  private static String blankAsDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }
}
