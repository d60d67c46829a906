package io.rolelens.batch.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The days a quarter's postings are dated over, first to last: an export that starts or stops
 * within a quarter covers only part of it, and its counts then do not compare with a whole
 * quarter's.
 *
 * @param quarter such as {@code 2026Q3}
 * @param first the first day a posting of the quarter is dated
 * @param last the last such day
 * @param postings how many postings of the quarter are dated
 */
record QuarterSpan(String quarter, LocalDate first, LocalDate last, long postings) {
  /** The days from the first to the last, both counted. */
  int days() {
    return Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
  }

  private LocalDate quarterStart() {
    return first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
  }

  /** The days of the whole quarter. */
  int quarterDays() {
    return Math.toIntExact(ChronoUnit.DAYS.between(quarterStart(), quarterStart().plusMonths(3)));
  }

  /**
   * Whether the postings span less than three quarters of the quarter's days and leave a stretch at
   * its start or end over three times their mean gap: an export that starts or stops within the
   * quarter, not a few postings that happen not to fall on its first and last days.
   */
  boolean partial() {
    if (postings < 2 || days() * 4 >= quarterDays() * 3) {
      return false;
    }
    double meanGap = (days() - 1) / (double) (postings - 1);
    long before = ChronoUnit.DAYS.between(quarterStart(), first);
    long after = ChronoUnit.DAYS.between(last, quarterStart().plusMonths(3).minusDays(1));
    return Math.max(before, after) > 3 * meanGap;
  }

  /** "Postings of 2026Q3 are dated 2026-07-01 to 2026-08-08, 39 of its 92 days." */
  String describe() {
    return String.format(
        Locale.ROOT,
        "Postings of %s are dated %s to %s, %d of its %d days.",
        quarter,
        first,
        last,
        days(),
        quarterDays());
  }

  /** As the report's meta gives it: first, last, days and the quarter's days. */
  Map<String, Object> meta() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("first", first.toString());
    meta.put("last", last.toString());
    meta.put("days", days());
    meta.put("quarter_days", quarterDays());
    meta.put("postings", postings);
    meta.put("partial", partial());
    return meta;
  }

  /** The span read back from {@link #meta()}. */
  @SuppressWarnings("unchecked")
  static QuarterSpan of(String quarter, Object meta) {
    Map<String, Object> m = (Map<String, Object>) meta;
    return new QuarterSpan(
        quarter,
        LocalDate.parse((String) m.get("first")),
        LocalDate.parse((String) m.get("last")),
        ((Number) m.get("postings")).longValue());
  }
}
