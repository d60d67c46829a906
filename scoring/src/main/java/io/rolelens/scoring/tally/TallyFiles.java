package io.rolelens.scoring.tally;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.csv.SpreadsheetSafe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@link ReportTallies} as files a person can open and a program can add up: one CSV file per table
 * ({@code groups.csv}, {@code matrix.csv}, …, {@code examples.csv}) and {@value #MANIFEST}, which
 * names the format, the lexicon version and how many examples were kept. Text cells are written
 * {@linkplain SpreadsheetSafe spreadsheet-safe} and restored on reading. Stateless and thread-safe.
 */
public final class TallyFiles {
  /** The file that describes the others. */
  public static final String MANIFEST = "aggregates.json";

  /** The examples file. */
  public static final String EXAMPLES = "examples.csv";

  /** The format written in the manifest; another one is refused on reading. */
  public static final String FORMAT = "rolelens-aggregates/1";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

  /**
   * Tallies read back, with the version of the lexicon that scored the postings.
   *
   * @param tallies the tallies
   * @param lexiconVersion the lexicon version the manifest names
   */
  public record Saved(ReportTallies tallies, String lexiconVersion) {}

  /** Where the files go: a new file to write, by name. */
  @FunctionalInterface
  public interface Sink {
    OutputStream create(String fileName) throws IOException;
  }

  private TallyFiles() {}

  /** The names of every file {@link #write} writes, the manifest last. */
  public static List<String> fileNames() {
    List<String> names = new ArrayList<>();
    new ReportTallies(1).tables().forEach(t -> names.add(t.name() + ".csv"));
    names.add(EXAMPLES);
    names.add(MANIFEST);
    return names;
  }

  /** Writes {@code tallies} into {@code dir}, creating it. */
  public static void write(ReportTallies tallies, String lexiconVersion, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    write(tallies, lexiconVersion, name -> Files.newOutputStream(dir.resolve(name)));
  }

  /** Writes {@code tallies} to {@code sink}, every table in key order, the manifest last. */
  public static void write(ReportTallies tallies, String lexiconVersion, Sink sink)
      throws IOException {
    ObjectNode tables = JSON.createObjectNode();
    for (TallyTable table : tallies.tables()) {
      try (CSVPrinter csv = printer(sink, table.name() + ".csv", table.columns())) {
        for (Map.Entry<List<String>, long[]> row : table.rows().entrySet()) {
          List<Object> cells = new ArrayList<>();
          row.getKey().forEach(k -> cells.add(textCell(k)));
          for (long count : row.getValue()) {
            cells.add(count);
          }
          csv.printRecord(cells);
        }
      }
      tables.putPOJO(table.name(), table.columns());
    }
    try (CSVPrinter csv = printer(sink, EXAMPLES, ExamplePosting.COLUMNS)) {
      for (List<ExamplePosting> kept : tallies.examples().values()) {
        for (ExamplePosting e : kept) {
          csv.printRecord(e.cells().stream().map(TallyFiles::textCell).toList());
        }
      }
    }
    tables.putPOJO("examples", ExamplePosting.COLUMNS);
    ObjectNode manifest = JSON.createObjectNode();
    manifest.put("format", FORMAT);
    manifest.put("lexicon_version", lexiconVersion);
    manifest.put("examples_kept", tallies.examplesKept());
    manifest.set("tables", tables);
    try (OutputStream out = sink.create(MANIFEST)) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out, manifest);
    }
  }

  private static CSVPrinter printer(Sink sink, String name, List<String> header)
      throws IOException {
    Writer w = new OutputStreamWriter(sink.create(name), StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(w, ScoredPosting.CSV_FORMAT);
    csv.printRecord(header);
    return csv;
  }

  /** A key or example cell: numbers as they are, text spreadsheet-safe. */
  private static String textCell(String value) {
    return NUMBER.matcher(value).matches() ? value : SpreadsheetSafe.protect(value);
  }

  /**
   * Reads the tallies in {@code dir}: a folder {@link #write} wrote, or a {@code spark-score}
   * output folder holding one as {@code aggregates/}.
   *
   * @throws IOException naming the file and the problem: no manifest, another format, a missing
   *     file, a header that differs, a count that is not a whole number
   */
  public static Saved read(Path dir) throws IOException {
    Path folder =
        Files.isRegularFile(dir.resolve("aggregates").resolve(MANIFEST))
            ? dir.resolve("aggregates")
            : dir;
    Path manifestFile = folder.resolve(MANIFEST);
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
    if (!format.equals(FORMAT)) {
      throw new IOException(
          manifestFile
              + " names the format '"
              + format
              + "'; this version of RoleLens reads "
              + FORMAT
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
    Path examples = folder.resolve(EXAMPLES);
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
    return new Saved(tallies, manifest.path("lexicon_version").asText(""));
  }

  /**
   * Reads the tallies in each of {@code dirs} and adds them up (a posting in two of them counts
   * twice); they must name the same lexicon version.
   */
  public static Saved read(List<Path> dirs) throws IOException {
    List<Saved> all = new ArrayList<>();
    for (Path dir : dirs) {
      Saved saved = read(dir);
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
    return new Saved(sum, all.get(0).lexiconVersion());
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
