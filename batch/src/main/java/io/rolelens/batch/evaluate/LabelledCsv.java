package io.rolelens.batch.evaluate;

import io.rolelens.scoring.csv.HeaderText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens a labelled postings CSV (columns {@code id, title, description, role_label}, others
 * ignored) and checks its header, naming the missing columns and the file when it cannot.
 */
public final class LabelledCsv {
  /** The columns a labelled set must have. */
  public static final List<String> REQUIRED = List.of("id", "title", "description", "role_label");

  private LabelledCsv() {}

  /** Opens {@code file} as UTF-8 (malformed bytes replaced) and checks the header. */
  public static CSVParser open(Path file) throws IOException {
    return open(file, REQUIRED, "labelled CSV");
  }

  /**
   * Opens {@code file} as UTF-8 (malformed bytes replaced) and checks that its header has the
   * {@code required} columns; {@code what} names the kind of file in messages.
   */
  public static CSVParser open(Path file, List<String> required, String what) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a directory, not a CSV file");
    }
    BufferedReader reader;
    try {
      reader =
          new BufferedReader(
              new InputStreamReader(
                  Files.newInputStream(file),
                  StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)));
    } catch (NoSuchFileException e) {
      throw new IOException("no such file: " + file);
    }
    CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    Map<String, Integer> header = csv.getHeaderMap();
    List<String> missing = required.stream().filter(c -> !header.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      csv.close();
      List<String> found = List.copyOf(header.keySet());
      throw new IOException(HeaderText.looksBinary(found)
          ? file + " is not text: is this really a " + what + "?"
          : "the CSV lacks the column(s) " + String.join(", ", missing) + "; found " + HeaderText.echo(found));
    }
    return csv;
  }
}
