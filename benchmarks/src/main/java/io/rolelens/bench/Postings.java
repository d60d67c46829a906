package io.rolelens.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Real postings of 4–5 KB from the project's shared dev set, for benchmarks. */
final class Postings {
  /** Where the shared data lives, relative to the project; override with -Drolelens.data=DIR. */
  static final Path DATA = Path.of(System.getProperty("rolelens.data", "../shared/data"));

  static final Path DEV = DATA.resolve("role-postings-dev.csv");

  record Posting(String title, String body) {}

  private Postings() {}

  static boolean available() {
    return Files.isRegularFile(DEV);
  }

  /** The dev set's English-looking postings whose body is 4,000 to 5,000 chars long. */
  static List<Posting> fourToFiveKb() throws IOException {
    List<Posting> out = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(DEV, StandardCharsets.UTF_8);
        CSVParser csv =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      for (CSVRecord row : csv) {
        String body = row.get("description");
        if (body.length() >= 4000 && body.length() <= 5000) {
          out.add(new Posting(row.get("title"), body));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no 4-5 KB postings in " + DEV);
    }
    return out;
  }
}
