package io.rolelens.batch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.rolelens.scoring.AtomicOutput;
import io.rolelens.scoring.csv.SpreadsheetSafe;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Report} to a directory: {@code report.html}, {@code report.md}, {@code
 * report.json} and {@code tables/NAME.csv}. Each file is written under a temporary name and renamed
 * when complete. Text cells of the CSV tables are {@linkplain SpreadsheetSafe spreadsheet-safe}.
 * Stateless and thread-safe.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** Writes every form of the report into {@code dir}, creating it; returns the files written. */
  public static List<Path> write(Report report, Path dir) throws IOException {
    Files.createDirectories(dir.resolve("tables"));
    List<Path> written = new ArrayList<>();
    for (Table t : report.tables()) {
      Path csv = dir.resolve("tables").resolve(t.name() + ".csv");
      write(
          csv,
          w -> {
            try (CSVPrinter p =
                new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
              p.printRecord(t.columns());
              for (List<Object> row : t.rows()) {
                p.printRecord(row.stream().map(ReportWriter::csvCell).toList());
              }
            }
          });
      written.add(csv);
    }
    written.add(write(dir.resolve("report.json"), w -> w.write(json(report))));
    written.add(write(dir.resolve("report.md"), w -> w.write(MarkdownReport.render(report))));
    written.add(write(dir.resolve("report.html"), w -> w.write(HtmlReport.render(report))));
    return written;
  }

  /** A table cell in a CSV file: text made spreadsheet-safe, numbers as they are. */
  private static String csvCell(Object cell) {
    return cell instanceof String text ? SpreadsheetSafe.protect(text) : Table.text(cell);
  }

  /**
   * The report as JSON: meta, each table as columns and rows (empty cells null), and the
   * methodology.
   */
  public static String json(Report report) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>(report.meta());
    Map<String, Object> tables = new LinkedHashMap<>();
    for (Table t : report.tables()) {
      Map<String, Object> table = new LinkedHashMap<>();
      table.put("title", t.title());
      table.put("note", t.note());
      table.put("columns", t.columns());
      // An empty cell (no previous quarter, nothing to average) is null for machines.
      table.put(
          "rows",
          t.rows().stream()
              .map(
                  r ->
                      r.stream()
                          .map(c -> "".equals(c) ? null : c)
                          .collect(java.util.stream.Collectors.toList()))
              .toList());
      tables.put(t.name(), table);
    }
    root.put("tables", tables);
    root.put("methodology", report.methodology());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
        + "\n";
  }

  private interface Content {
    void writeTo(Writer w) throws IOException;
  }

  private static Path write(Path file, Content content) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(file)) {
      content.writeTo(out.writer());
      out.commit();
    }
    return file;
  }
}
