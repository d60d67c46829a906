package io.rolelens.scoring.tally;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An additive table: counts keyed by a few text columns, such as postings per quarter, title role
 * and company. Two tables of the same shape add up ({@link #addAll}), so tables tallied over parts
 * of the input, or over several runs, give the table of the whole. Not thread-safe (one per task);
 * serializable, so Spark can ship it.
 */
public final class TallyTable implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** Keys in text order, column by column, so sums and files come out in one order. */
  public static final Comparator<List<String>> KEY_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = a.get(i).compareTo(b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private final String name;
  private final List<String> keyColumns;
  private final List<String> countColumns;
  private final HashMap<List<String>, long[]> rows = new HashMap<>();

  /**
   * An empty table.
   *
   * @param name its name, which is also its file's name without {@code .csv}
   * @param keyColumns the names of its key columns, the quarter first
   * @param countColumns the names of its count columns
   */
  public TallyTable(String name, List<String> keyColumns, List<String> countColumns) {
    this.name = Objects.requireNonNull(name, "name");
    this.keyColumns = List.copyOf(keyColumns);
    this.countColumns = List.copyOf(countColumns);
  }

  public String name() {
    return name;
  }

  public List<String> keyColumns() {
    return keyColumns;
  }

  public List<String> countColumns() {
    return countColumns;
  }

  /** Adds {@code counts} (one per count column) to the row of {@code key} (one per key column). */
  public void add(List<String> key, long... counts) {
    if (key.size() != keyColumns.size() || counts.length != countColumns.size()) {
      throw new IllegalArgumentException(
          name
              + " takes "
              + keyColumns.size()
              + " key(s) and "
              + countColumns.size()
              + " count(s), was given "
              + key.size()
              + " and "
              + counts.length);
    }
    long[] row = rows.get(key);
    if (row == null) {
      rows.put(List.copyOf(key), counts.clone());
    } else {
      for (int i = 0; i < counts.length; i++) {
        row[i] += counts[i];
      }
    }
  }

  /** Adds every row of {@code other}, a table of the same name and columns. */
  public void addAll(TallyTable other) {
    if (!other.name.equals(name)
        || !other.keyColumns.equals(keyColumns)
        || !other.countColumns.equals(countColumns)) {
      throw new IllegalArgumentException(
          "cannot add table " + other.name + other.columns() + " to " + name + columns());
    }
    other.rows.forEach(this::add);
  }

  /** Every column's name, keys first. */
  public List<String> columns() {
    return java.util.stream.Stream.concat(keyColumns.stream(), countColumns.stream()).toList();
  }

  /** Every row, in key order; the counts are copies. */
  public SortedMap<List<String>, long[]> rows() {
    return sum(key -> true, 0);
  }

  /**
   * The rows whose key {@code keep} accepts, their first {@code drop} key columns left out and the
   * rows then equal added up, in key order.
   */
  public SortedMap<List<String>, long[]> sum(Predicate<List<String>> keep, int drop) {
    SortedMap<List<String>, long[]> sums = new TreeMap<>(KEY_ORDER);
    rows.forEach(
        (key, counts) -> {
          if (keep.test(key)) {
            long[] sum =
                sums.computeIfAbsent(
                    key.subList(drop, key.size()), k -> new long[countColumns.size()]);
            for (int i = 0; i < counts.length; i++) {
              sum[i] += counts[i];
            }
          }
        });
    return sums;
  }

  /** How many rows it has. */
  public int size() {
    return rows.size();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TallyTable t) || !t.name.equals(name) || t.rows.size() != rows.size()) {
      return false;
    }
    return rows.entrySet().stream()
        .allMatch(e -> Arrays.equals(e.getValue(), t.rows.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rows.size());
  }

  @Override
  public String toString() {
    return name + columns() + " with " + rows.size() + " rows";
  }
}
