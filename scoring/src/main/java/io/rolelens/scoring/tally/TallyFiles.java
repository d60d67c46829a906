package io.rolelens.scoring.tally;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolelens.scoring.ScoredPosting;
import io.rolelens.scoring.csv.SpreadsheetSafe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

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
  public static final String FORMAT = "rolelens-aggregates/2";

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
    return TallyFilesReader.read(dir);
  }

  /**
   * Reads the tallies in each of {@code dirs} and adds them up (a posting in two of them counts
   * twice); they must name the same lexicon version.
   */
  public static Saved read(List<Path> dirs) throws IOException {
    return TallyFilesReader.read(dirs);
  }
}
