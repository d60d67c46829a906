package io.rolelens.extension;

import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Postings to put into real board pages: real ones from {@code
 * ../shared/data/role-postings-dev.csv} when it is there (the first of each labelled role rich
 * enough in phrases), otherwise the repository's own examples. Stateless and thread-safe.
 */
final class TestPostings {
  static final Path DEV = Path.of("..", "..", "shared", "data", "role-postings-dev.csv");
  static final Path EXAMPLES = Path.of("..", "examples", "postings.csv");

  /** Enough phrases that a missed one shows in the share highlighted. */
  static final int MIN_MENTIONS = 10;

  /**
   * A posting: its title, its plain text, and that text as the paragraphs and lists a board shows.
   */
  record Posting(String id, String title, String text) {
    String html() {
      return PostingHtml.of(text);
    }

    @Override
    public String toString() {
      return id;
    }
  }

  private TestPostings() {}

  /**
   * Up to {@code count} postings of different labelled roles (or titles), each with {@link
   * #MIN_MENTIONS} body phrases or more.
   */
  static List<Posting> pick(RoleAnalyzer analyzer, int count) throws IOException {
    boolean real = Files.isRegularFile(DEV);
    Path file = real ? DEV : EXAMPLES;
    List<Posting> picked = new ArrayList<>();
    Set<String> kinds = new HashSet<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String text = row.get("description");
        String kind = real ? row.get("role_label") : row.get("title");
        if (picked.size() == count
            || kinds.contains(kind)
            || text.length() < 1500
            || text.length() > 6000
            || !text.contains("\n")) {
          continue;
        }
        Posting p = new Posting(real ? row.get("id") : row.get("job_id"), row.get("title"), text);
        if (bodyMentions(analyzer, p).size() >= MIN_MENTIONS) {
          picked.add(p);
          kinds.add(kind);
        }
      }
    }
    return picked;
  }

  /**
   * The phrases the analyzer finds in the posting's body, as {@code role|text} with spaces folded.
   */
  static List<String> bodyMentions(RoleAnalyzer analyzer, Posting p) {
    List<String> phrases = new ArrayList<>();
    for (Mention m : analyzer.analyze(p.title(), p.text()).mentions()) {
      if (m.field() == Field.BODY) {
        phrases.add(key(m.role().id(), m.text()));
      }
    }
    return phrases;
  }

  static String key(String role, String text) {
    return role + "|" + text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }
}
