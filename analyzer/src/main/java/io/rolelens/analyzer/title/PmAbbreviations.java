package io.rolelens.analyzer.title;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "PM" and "APM" in a title where they do not stand for a Product Manager: under a head that names
 * another job ("APM" is application performance monitoring to an engineer, "Junior PM" a side duty
 * of a data analyst) or as a time of day. Stateless and thread-safe.
 */
final class PmAbbreviations {
  private PmAbbreviations() {}

  /** "PM" and "APM" as words of the normalized title. */
  private static final Pattern PM_ABBREVIATION = Pattern.compile(" a?pm(?= )");

  /**
   * A title segment whose head names another job: its last word (before a level such as "II") is
   * one, at the end of the title or before punctuation that closes the segment ("Python Engineer
   * (APM)", "APM Engineer", "Data Analyst | Junior PM"); "PM, Developer Platform" has none.
   */
  private static final Pattern OTHER_JOB_HEAD =
      Pattern.compile(
          "\\b(engineer|developer|programmer|analyst|scientist|designer|architect|technician"
              + "|administrator|accountant|teacher|tutor|lecturer|instructor|nurse)s?"
              + "( (i|ii|iii|iv|v|[1-5]))?\\s*($|[|,;:()\\[\\]/]|\\s[-\u2013\u2014]\\s)");

  /** "PM" as a time of day: "50% AM only; 50% PM only", "9 am - 5 pm", "PM shift". */
  private static final Pattern TIME_OF_DAY =
      Pattern.compile(" \\d{1,2}( \\d{2})? pm | pm (only|shift) | am .*pm | pm .*am ");

  /**
   * {@code norm} without "PM" and "APM" where they stand for something else: when the title's head
   * names another job ("APM" is application performance monitoring to an engineer) or PM is a time
   * of day. Where they are the title's head ("APM", "Sr. PM") they stay.
   */
  static String withoutForeign(String title, String norm) {
    if (!OTHER_JOB_HEAD.matcher(title.toLowerCase(Locale.ROOT)).find()
        && !TIME_OF_DAY.matcher(norm).find()) {
      return norm;
    }
    return PM_ABBREVIATION.matcher(norm).replaceAll("");
  }
}
