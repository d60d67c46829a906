package io.rolelens.batch.report;

import io.rolelens.analyzer.text.WordTable;
import java.util.Locale;
import java.util.Map;

/**
 * How report cells read to a person, shared by the HTML and Markdown forms: shares as whole
 * percentages ("40%"), changes with a sign ("+43 pp", "−3 pp"), counts with thousands separators,
 * role ids as role names, an empty cell as an en dash. The CSV and JSON forms keep the raw values.
 * Stateless and thread-safe.
 */
final class Format {
  /** Shown for an empty cell: no earlier quarter, nothing to average. */
  static final String NONE = "–";

  private static final String MINUS = "\u2212";

  /** The headings of the known columns. */
  private static final Map<String, String> LABELS =
      WordTable.load(Format.class, "labels.properties");

  private Format() {}

  /** The heading a person reads for a column; an unknown column reads as itself with spaces. */
  static String label(String column) {
    String known = LABELS.get(column);
    if (known != null) {
      return known;
    }
    if (column.matches("\\d+-\\d+")) {
      return column.replace('-', '–');
    }
    return column.replace('_', ' ');
  }

  /** Whether a column holds shares (0–1) shown as percentages. */
  static boolean isShare(String column) {
    return column.endsWith("_share") || column.startsWith("share_of_");
  }

  /** A cell of {@code column} as a person reads it. */
  static String cell(String column, Object value) {
    if (value == null || "".equals(value)) {
      return NONE;
    }
    if (value instanceof Number n) {
      return number(column, n);
    }
    String text = value.toString();
    if (column.equals("title_role")) {
      return Roles.display(text);
    }
    if (column.equals("kind")) {
      return kind(text);
    }
    return text;
  }

  private static String number(String column, Number n) {
    double d = n.doubleValue();
    if (isShare(column)) {
      return percent(d);
    }
    if (column.endsWith("_qoq_pp")) {
      return points(d);
    }
    if (column.equals("postings_qoq")) {
      return signed(Math.round(d), "%,d");
    }
    if (column.equals("mean_confusion_qoq")) {
      return signed(d, "%.1f");
    }
    if (column.equals("mean_confusion")) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    if (column.endsWith("_index")) {
      return signed(d, "%.2f");
    }
    if (n instanceof Double) {
      return String.format(Locale.ROOT, "%,.3f", d).replace("-", MINUS);
    }
    return String.format(Locale.ROOT, "%,d", n.longValue()).replace("-", MINUS);
  }

  /** 0.4 → "40%". */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** A change in percentage points: 43.3 → "+43 pp", −3.3 → "−3 pp", 0 → "±0 pp". */
  static String points(double pp) {
    return signed(Math.round(pp), "%d") + " pp";
  }

  /** A change with its sign always shown, a true minus sign, and "±0" for no change. */
  static String signed(double value, String pattern) {
    String magnitude =
        pattern.endsWith("d")
            ? String.format(Locale.ROOT, pattern, Math.abs(Math.round(value)))
            : String.format(Locale.ROOT, pattern, Math.abs(value));
    if (magnitude.matches("[0.]+")) {
      return "±" + magnitude;
    }
    return (value < 0 ? MINUS : "+") + magnitude;
  }

  /** "product_manager->product_owner" → "Product Manager → Product Owner". */
  static String kind(String kind) {
    int arrow = kind.indexOf("->");
    return arrow < 0
        ? kind
        : Roles.display(kind.substring(0, arrow))
            + " → "
            + Roles.display(kind.substring(arrow + 2));
  }

  /** The title role of a kind such as "product_manager->product_owner". */
  static String kindTitle(String kind) {
    int arrow = kind.indexOf("->");
    return arrow < 0 ? kind : kind.substring(0, arrow);
  }

  /** The body role of a kind such as "product_manager->product_owner". */
  static String kindBody(String kind) {
    int arrow = kind.indexOf("->");
    return arrow < 0 ? kind : kind.substring(arrow + 2);
  }

  /** "15 postings", "1 posting". */
  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }
}
