package io.rolelens.batch.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A computed role-confusion report: facts about the data, the tables in order, and the methodology
 * paragraphs. Immutable.
 */
public record Report(Map<String, Object> meta, List<Table> tables, List<String> methodology) {
  public Report {
    meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    tables = List.copyOf(tables);
    methodology = List.copyOf(methodology);
  }

  /**
   * The smallest group a breakdown shows, and a share needs to be compared ({@code --min-count}).
   */
  public int minGroupSize() {
    return ((Number) meta.get("min_group_size")).intValue();
  }

  /** The table with this name, if present. */
  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The table with this name; throws naming it when absent. */
  public Table expectTable(String name) {
    return table(name).orElseThrow(() -> new IllegalArgumentException("no table named " + name));
  }
}
