package io.rolelens.batch.search;

import io.rolelens.scoring.index.IndexFields;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns what a user typed into a Lucene query, with every way that can fail as one plain sentence:
 * bad syntax, parentheses nested so deep the recursive parser would overflow its stack, and regular
 * expressions too complex to compile. Stateless and thread-safe.
 */
final class QueryText {
  /** Deeper nesting than any real query needs; Lucene's parser recurses once per level. */
  static final int MAX_NESTING = 50;

  /** How much of a query messages repeat. */
  private static final int ECHO_CHARS = 60;

  private QueryText() {}

  /**
   * Parses {@code query}; bare words search the body.
   *
   * @throws IllegalArgumentException saying why the query cannot be read
   */
  static Query parse(String query, Analyzer analyzer) {
    int depth = nesting(query);
    if (depth > MAX_NESTING) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the query nests parentheses %,d deep, more than the %d allowed",
              depth,
              MAX_NESTING));
    }
    try {
      QueryParser parser = new QueryParser(IndexFields.BODY, analyzer);
      parser.setAllowLeadingWildcard(true);
      return parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "cannot read the query "
              + quoted(query)
              + ": "
              + e.getMessage()
                  .lines()
                  .findFirst()
                  .orElse("")
                  .replaceFirst("^Cannot parse '.*': ", ""));
    } catch (StackOverflowError e) {
      throw new IllegalArgumentException(
          "the query " + quoted(query) + " is nested too deeply to read");
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(query);
    }
  }

  /** The error for a query whose wildcards or regular expressions Lucene will not expand. */
  static IllegalArgumentException tooComplex(String query) {
    return new IllegalArgumentException(
        "the query "
            + quoted(query)
            + " is too complex to run: simplify its wildcards or regular expressions");
  }

  /** How deep parentheses nest outside quoted phrases, escaped characters not counted. */
  static int nesting(String query) {
    int depth = 0;
    int deepest = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return deepest;
  }

  /** The query in quotes, cut short when long. */
  static String quoted(String query) {
    return "'"
        + (query.length() <= ECHO_CHARS ? query : query.substring(0, ECHO_CHARS) + "…")
        + "'";
  }
}
