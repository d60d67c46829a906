package io.rolelens.scoring.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which header column holds each {@link Column}: found by common export names, or as the user said
 * with {@code --columns}. Immutable.
 *
 * @param header the header as read
 * @param positions the 0-based position of each column found
 * @param warnings things the user should know (duplicate header names, columns not found)
 */
public record ColumnMap(
    List<String> header, Map<Column, Integer> positions, List<String> warnings) {

  public ColumnMap {
    header = List.copyOf(header);
    positions = Map.copyOf(positions);
    warnings = List.copyOf(warnings);
  }

  /**
   * Chooses the columns of {@code header}; {@code overrides} maps a column key (title, description,
   * …) to a header name and wins over the guess.
   *
   * @throws IllegalArgumentException naming the problem when an override names no header column or
   *     no description column can be found
   */
  public static ColumnMap choose(List<String> header, Map<String, String> overrides) {
    List<String> warnings = new ArrayList<>();
    Map<String, Integer> firstByName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Integer earlier = firstByName.putIfAbsent(Column.normalise(header.get(i)), i);
      if (earlier != null) {
        warnings.add(
            String.format(
                java.util.Locale.ROOT,
                "the header names '%s' twice (columns %d and %d); using column %d",
                header.get(i),
                earlier + 1,
                i + 1,
                earlier + 1));
      }
    }
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    for (Map.Entry<String, String> o : overrides.entrySet()) {
      Column column = Column.ofKey(o.getKey());
      Integer at = firstByName.get(Column.normalise(o.getValue()));
      if (at == null) {
        throw new IllegalArgumentException(
            "--columns: "
                + o.getKey()
                + "="
                + o.getValue()
                + " names no column; the header has "
                + HeaderText.echo(header));
      }
      positions.put(column, at);
    }
    for (Column column : Column.values()) {
      if (positions.containsKey(column)) {
        continue;
      }
      column.names().stream()
          .map(firstByName::get)
          .filter(at -> at != null && !positions.containsValue(at))
          .findFirst()
          .ifPresent(at -> positions.put(column, at));
    }
    if (!positions.containsKey(Column.DESCRIPTION)) {
      refuseOtherSeparator(header);
      throw new IllegalArgumentException(
          "found no description column (looked for "
              + String.join(", ", Column.DESCRIPTION.names())
              + "); the header has "
              + HeaderText.echo(header)
              + "; name it with --columns description=NAME");
    }
    for (Column column : Column.values()) {
      if (!positions.containsKey(column)) {
        warnings.add(
            "no "
                + column.key()
                + " column found"
                + switch (column) {
                  case ID -> "; postings are identified by their row number";
                  case TITLE -> "; every verdict will be unclear";
                  case DATE -> "; quarters will be empty";
                  default -> "";
                });
      }
    }
    return new ColumnMap(header, positions, warnings);
  }

  /**
   * Refuses a header read as one column that holds tabs or semicolons around column names: the file
   * is separated by another character than its name says, and --columns cannot help.
   */
  private static void refuseOtherSeparator(List<String> header) {
    if (header.size() != 1) {
      return;
    }
    for (char separator : new char[] {'\t', ';'}) {
      List<String> names =
          List.of(header.get(0).split(java.util.regex.Pattern.quote("" + separator)));
      boolean namesColumns =
          names.stream()
              .map(Column::normalise)
              .anyMatch(n -> Arrays.stream(Column.values()).anyMatch(c -> c.names().contains(n)));
      if (names.size() > 1 && namesColumns) {
        String found = HeaderText.echo(names.stream().map(String::strip).toList());
        throw new IllegalArgumentException(
            separator == '\t'
                ? "the header is one column holding tabs ("
                    + found
                    + "): the file looks"
                    + " tab-separated, but its name says comma-separated; rename it to .tsv (or"
                    + " .tsv.gz when gzipped) so it is read with tabs"
                : "the header is one column holding semicolons ("
                    + found
                    + "): the file looks"
                    + " semicolon-separated, which RoleLens does not read; export it again"
                    + " comma-separated (.csv) or tab-separated (.tsv)");
      }
    }
  }

  /** The 0-based position of the column, or -1 when the file has none. */
  public int positionOf(Column column) {
    return positions.getOrDefault(column, -1);
  }

  /** A sentence naming the column chosen for each, such as "title=job_title, description=body". */
  public String describe() {
    return positions.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey().key() + "=" + header.get(e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
