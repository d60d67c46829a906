package io.rolelens.scoring.index;

/**
 * The names of the fields a posting index holds (written by {@code rolelens index}, read here for
 * the market context and by {@code search} and {@code report}), kept in this module so that the
 * server, which must not depend on the batch module, and the batch module, which depends on it,
 * share one list. Values of exact fields are stored as written; {@link #NONE} stands for an empty
 * one.
 */
public final class IndexFields {
  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String QUARTER = "quarter";
  public static final String TITLE_ROLE = "title_role";
  public static final String BODY_ROLE = "body_role";
  public static final String BODY_STATUS = "body_status";
  public static final String VERDICT = "verdict";
  public static final String COMPANY = "company";
  public static final String LOCATION = "location";
  public static final String SENIORITY = "seniority";
  public static final String CONFUSION_SCORE = "confusion_score";
  public static final String DUPLICATE = "duplicate";
  public static final String DUPLICATE_OF = "duplicate_of";

  /** The value of an exact field left empty. */
  public static final String NONE = "(none)";

  private IndexFields() {}
}
