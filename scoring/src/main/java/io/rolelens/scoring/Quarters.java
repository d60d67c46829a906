package io.rolelens.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates exports use (ISO dates and timestamps, {@code yyyy/MM/dd}, US {@code MM/dd/yyyy},
 * {@code dd.MM.yyyy}, "March 5, 2024", Unix seconds or milliseconds) and names their calendar
 * quarter, such as {@code 2025Q3}. Stateless and thread-safe.
 */
public final class Quarters {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");
  private static final Pattern SLASH_YMD =
      Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(\\s.*)?");
  private static final Pattern SLASH_MDY =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(\\s.*)?");
  private static final Pattern DOT_DMY =
      Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(\\s.*)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
  private static final List<DateTimeFormatter> WORDY =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ROOT));

  private Quarters() {}

  /** The date written in {@code text}, if it is one of the forms read. */
  public static Optional<LocalDate> parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher m;
      if ((m = ISO.matcher(s)).matches() || (m = SLASH_YMD.matcher(s)).matches()) {
        return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
      }
      if ((m = SLASH_MDY.matcher(s)).matches()) {
        return Optional.of(LocalDate.of(num(m, 3), num(m, 1), num(m, 2)));
      }
      if ((m = DOT_DMY.matcher(s)).matches()) {
        return Optional.of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
      }
      if (EPOCH.matcher(s).matches()) {
        long v = Long.parseLong(s);
        Instant instant = s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        return Optional.of(instant.atZone(ZoneOffset.UTC).toLocalDate());
      }
      for (DateTimeFormatter f : WORDY) {
        try {
          return Optional.of(LocalDate.parse(s, f));
        } catch (DateTimeParseException ignored) {
          // try the next form
        }
      }
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The quarter of a date, such as {@code 2025Q3}. */
  public static String of(LocalDate date) {
    return name(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /** A quarter's name with a four-digit year, so every name {@link #isQuarter} accepts. */
  private static String name(int year, int quarter) {
    return String.format(Locale.ROOT, "%04dQ%d", year, quarter);
  }

  /** Whether {@code text} names a quarter as {@link #of} writes it. */
  public static boolean isQuarter(String text) {
    return text != null && QUARTER.matcher(text).matches();
  }

  /** The quarter before {@code quarter} ({@code 2025Q1} → {@code 2024Q4}). */
  public static String previous(String quarter) {
    Matcher m = QUARTER.matcher(quarter);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a quarter like 2025Q3: '" + quarter + "'");
    }
    int year = num(m, 1);
    int q = num(m, 2);
    return q == 1 ? name(year - 1, 4) : name(year, q - 1);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
