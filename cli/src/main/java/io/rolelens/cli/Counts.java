package io.rolelens.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for whole-number options, so a count out of range ({@code --top -1}, {@code --threads
 * 0}) is a usage error naming the option and the value instead of a silently empty or odd answer.
 * Picocli puts the option's name in front of the message. Stateless and thread-safe.
 */
final class Counts {
  /** More scoring threads than this only costs memory. */
  static final int MAX_THREADS = 1024;

  private Counts() {}

  /** 1 or more: rows, postings, groups. */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) parse(value, 1, Integer.MAX_VALUE);
    }
  }

  /** 0 or more: 0 turns the feature off. */
  static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) parse(value, 0, Integer.MAX_VALUE);
    }
  }

  /** 1 or more, as a long: row limits. */
  static final class RowsAtLeastOne implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return parse(value, 1, Long.MAX_VALUE);
    }
  }

  /** 0 or more, as a long: rows that may be skipped. */
  static final class RowsAtLeastZero implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return parse(value, 0, Long.MAX_VALUE);
    }
  }

  /** Worker threads: 1 to {@value #MAX_THREADS}. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) parse(value, 1, MAX_THREADS);
    }
  }

  /**
   * {@code value} as a whole number from {@code min} to {@code max}.
   *
   * @throws TypeConversionException saying what was expected and what was given
   */
  static long parse(String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          String.format(Locale.ROOT, "expected %s, was '%s'", range(min, max), value));
    }
    if (n < min || n > max) {
      throw new TypeConversionException(
          String.format(Locale.ROOT, "must be %s, was %s", range(min, max), value.strip()));
    }
    return n;
  }

  private static String range(long min, long max) {
    return max == Integer.MAX_VALUE || max == Long.MAX_VALUE
        ? String.format(Locale.ROOT, "a whole number of %d or more", min)
        : String.format(Locale.ROOT, "a whole number from %d to %,d", min, max);
  }
}
