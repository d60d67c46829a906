package io.rolelens.batch.evaluate;

import io.rolelens.scoring.csv.HeaderText;
import io.rolelens.scoring.csv.InputFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
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
    return open(file, REQUIRED, "labelled CSV", null);
  }

  /**
   * As {@link #open(Path)}; {@code bytesRead} (may be null) sees the bytes read from disk, for
   * progress.
   */
  public static CSVParser open(Path file, LongConsumer bytesRead) throws IOException {
    return open(file, REQUIRED, "labelled CSV", bytesRead);
  }

  /**
   * Opens {@code file} (gzipped or not) as UTF-8 (malformed bytes replaced, a byte-order mark
   * dropped) and checks that its header has the {@code required} columns; {@code what} names the
   * kind of file in messages, which name the file too; {@code bytesRead} (may be null) sees the
   * bytes read from disk.
   */
  public static CSVParser open(
      Path file, List<String> required, String what, LongConsumer bytesRead) throws IOException {
    Reader reader = InputFiles.openText(file, bytesRead);
    CSVParser csv =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    Map<String, Integer> header = csv.getHeaderMap();
    if (header.isEmpty()) {
      csv.close();
      throw new IOException(
          "the "
              + what
              + " "
              + file
              + " is empty: expected a header row naming the columns "
              + String.join(", ", required));
    }
    List<String> missing = required.stream().filter(c -> !header.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      csv.close();
      List<String> found = List.copyOf(header.keySet());
      throw new IOException(
          HeaderText.looksBinary(found)
              ? file + " is not text: is this really a " + what + "?"
              : "the "
                  + what
                  + " "
                  + file
                  + " lacks the column(s) "
                  + String.join(", ", missing)
                  + "; found "
                  + HeaderText.echo(found));
    }
    return csv;
  }
}
