package io.rolelens.cli.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Real postings for the load test, read from the labelled CSV ({@code title}, {@code description}).
 */
public final class Postings {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One posting to replay. */
  public record Posting(String title, String text) {}

  private Postings() {}

  /** The postings whose description has between {@code minChars} and {@code maxChars} chars. */
  public static List<Posting> read(Path csv, int minChars, int maxChars) throws IOException {
    List<Posting> postings = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        String text = row.get("description");
        if (text.length() >= minChars && text.length() <= maxChars) {
          postings.add(new Posting(row.get("title"), text));
        }
      }
    }
    return postings;
  }

  /**
   * Each posting as the body of {@code POST /api/v1/analyze}: its title and text as JSON, UTF-8.
   */
  public static List<byte[]> requestBodies(List<Posting> postings) {
    List<byte[]> bodies = new ArrayList<>(postings.size());
    for (Posting p : postings) {
      bodies.add(requestBody(p.title(), p.text()));
    }
    return bodies;
  }

  /** The body of {@code POST /api/v1/analyze} for a title and a text: JSON, UTF-8. */
  public static byte[] requestBody(String title, String text) {
    return JSON.createObjectNode()
        .put("title", title)
        .put("text", text)
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }
}
