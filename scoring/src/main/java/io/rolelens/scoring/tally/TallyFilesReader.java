package io.rolelens.scoring.tally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolelens.scoring.csv.SpreadsheetSafe;
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

/**
 * Reads back what {@link TallyFiles} wrote, checking the manifest, every header, every row's width
 * and every count, with errors that name the file, line and cell. Stateless and thread-safe.
 */
final class TallyFilesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TallyFilesReader() {}

  /**
   * Reads the tallies in {@code dir}: a folder {@link TallyFiles#write} wrote, or a {@code
   * spark-score} output folder holding one as {@code aggregates/}.
   *
   * @throws IOException naming the file and the problem: no manifest, another format, a missing
   *     file, a header that differs, a count that is not a whole number
   */
  static TallyFiles.Saved read(Path dir) throws IOException {
    Path folder =
        Files.isRegularFile(dir.resolve("aggregates").resolve(TallyFiles.MANIFEST))
            ? dir.resolve("aggregates")
            : dir;
    Path manifestFile = folder.resolve(TallyFiles.MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      throw new IOException(
          "no aggregates here: "
              + manifestFile
              + " is missing; give the folder 'rolelens spark-score' wrote (its --output, or the"
              + " aggregates folder in it)");
    }
    JsonNode manifest;
    try {
      manifest = JSON.readTree(manifestFile.toFile());
    } catch (IOException e) {
      throw new IOException(manifestFile + " is not readable JSON: " + e.getMessage(), e);
    }
    String format = manifest.path("format").asText("");
    if (!format.equals(TallyFiles.FORMAT)) {
      throw new IOException(
          manifestFile
              + " names the format '"
              + format
              + "'; this version of RoleLens reads "
              + TallyFiles.FORMAT
              + " (run spark-score again with it)");
    }
    int kept = manifest.path("examples_kept").asInt(0);
    if (kept < 1) {
      throw new IOException(manifestFile + " gives no examples_kept of 1 or more");
    }
    ReportTallies tallies = new ReportTallies(kept);
    for (TallyTable table : tallies.tables()) {
      Path file = folder.resolve(table.name() + ".csv");
      int keys = table.keyColumns().size();
      forEachRecord(
          file,
          table.columns(),
          r -> {
            List<String> key = new ArrayList<>(keys);
            for (int i = 0; i < keys; i++) {
              key.add(SpreadsheetSafe.restore(r.get(i)));
            }
            long[] counts = new long[table.countColumns().size()];
            for (int i = 0; i < counts.length; i++) {
              counts[i] = count(file, r, keys + i);
            }
            table.add(key, counts);
          });
    }
    Path examples = folder.resolve(TallyFiles.EXAMPLES);
    forEachRecord(
        examples,
        ExamplePosting.COLUMNS,
        r -> {
          List<String> c = new ArrayList<>();
          r.forEach(cell -> c.add(SpreadsheetSafe.restore(cell)));
          tallies.addExample(
              new ExamplePosting(
                  c.get(1),
                  c.get(2),
                  c.get(3),
                  c.get(4),
                  c.get(0),
                  c.get(5),
                  c.get(6).isEmpty() ? null : (int) count(examples, r, 6),
                  c.get(7),
                  c.get(8)));
        });
    return new TallyFiles.Saved(tallies, manifest.path("lexicon_version").asText(""));
  }

  /**
   * Reads the tallies in each of {@code dirs} and adds them up (a posting in two of them counts
   * twice); they must name the same lexicon version.
   */
  static TallyFiles.Saved read(List<Path> dirs) throws IOException {
    List<TallyFiles.Saved> all = new ArrayList<>();
    for (Path dir : dirs) {
      TallyFiles.Saved saved = read(dir);
      if (!all.isEmpty() && !saved.lexiconVersion().equals(all.get(0).lexiconVersion())) {
        throw new IOException(
            dir
                + " was scored with lexicon "
                + saved.lexiconVersion()
                + " and "
                + dirs.get(0)
                + " with "
                + all.get(0).lexiconVersion()
                + ": a report adds up postings scored with one lexicon only");
      }
      all.add(saved);
    }
    int kept = all.stream().mapToInt(s -> s.tallies().examplesKept()).min().orElse(1);
    ReportTallies sum = new ReportTallies(kept);
    all.forEach(s -> sum.addAll(s.tallies()));
    return new TallyFiles.Saved(sum, all.get(0).lexiconVersion());
  }

  private interface RecordReader {
    void read(CSVRecord r) throws IOException;
  }

  private static void forEachRecord(Path file, List<String> header, RecordReader reader)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("an aggregates file is missing: " + file);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
      var records = csv.iterator();
      List<String> found = records.hasNext() ? records.next().toList() : List.of();
      if (!found.equals(header)) {
        throw new IOException(
            file + " has the header " + found + "; expected " + String.join(",", header));
      }
      while (records.hasNext()) {
        CSVRecord r = records.next();
        if (r.size() != header.size()) {
          throw new IOException(
              file
                  + " line "
                  + r.getParser().getCurrentLineNumber()
                  + " has "
                  + r.size()
                  + " cells; expected "
                  + header.size());
        }
        reader.read(r);
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new IOException(file + " is not readable CSV: " + e.getMessage(), e);
    }
  }

  private static long count(Path file, CSVRecord r, int column) throws IOException {
    String cell = r.get(column);
    try {
      return Long.parseLong(cell);
    } catch (NumberFormatException e) {
      throw new IOException(
          file
              + " line "
              + r.getParser().getCurrentLineNumber()
              + ": '"
              + cell
              + "' in column "
              + (column + 1)
              + " is not a whole number",
          e);
    }
  }
}
