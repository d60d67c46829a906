package io.rolelens.scoring.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A column RoleLens reads from a posting export, with the header names exports commonly use. */
public enum Column {
  ID("id", "job_id", "jobid", "posting_id", "job_posting_id", "uuid"),
  TITLE("title", "job_title", "position", "position_title", "jobtitle", "role", "name"),
  DESCRIPTION(
      "description",
      "job_description",
      "body",
      "text",
      "description_text",
      "description_html",
      "content",
      "details"),
  COMPANY(
      "company",
      "companyname",
      "company_name",
      "employer_name",
      "employer",
      "organization",
      "organisation"),
  LOCATION("location", "place", "city", "job_location", "locality", "region"),
  DATE(
      "date_posted",
      "date",
      "publishedat",
      "published_at",
      "job_posted_date",
      "posted_date",
      "posted_at",
      "created_at",
      "listed_at");

  private final List<String> names;

  Column(String... names) {
    this.names = List.of(names);
  }

  /** The name used in {@code --columns}, such as {@code description}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Header names that stand for this column, most common first, normalised by {@link #normalise}.
   */
  public List<String> names() {
    return names;
  }

  /** Finds a column by its {@code --columns} key; "date_posted" also names {@link #DATE}. */
  public static Optional<Column> fromKey(String key) {
    String k = normalise(key);
    for (Column c : values()) {
      if (c.key().equals(k) || (c == DATE && k.equals("date_posted"))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The column a {@code --columns} key names.
   *
   * @throws IllegalArgumentException naming the key and the keys there are
   */
  public static Column ofKey(String key) {
    return fromKey(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--columns: '"
                        + key
                        + "' is not one of "
                        + String.join(
                            ", ", java.util.Arrays.stream(values()).map(Column::key).toList())));
  }

  /**
   * A header name lower-cased with spaces, dashes and dots as underscores: "Job Title" → job_title.
   */
  public static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-]+", "_");
  }
}
