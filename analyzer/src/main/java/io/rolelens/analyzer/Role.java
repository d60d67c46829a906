package io.rolelens.analyzer;

import java.util.Locale;
import java.util.Optional;

/**
 * The three roles RoleLens tells apart, as defined by the project's seed text, and how every
 * surface shows them: the one place their ids, names, colours, underline styles and labels are
 * defined. The server serves them at {@code GET /api/v1/lexicon} (and as {@code /roles.css} for its
 * page), which the extension reads; the report reads them here.
 */
public enum Role implements LowerCaseId {
  /** Owns the product vision and strategy; judged on outcomes. */
  PRODUCT_MANAGER("Product Manager", "pm", "#0072B2", "solid", "PdM"),
  /** Owns timelines, milestones, resources and scope; judged on outputs. */
  PROJECT_MANAGER("Project Manager", "pjm", "#D55E00", "dashed", "PjM"),
  /** The Scrum role that orders the backlog and speaks for the customer to the developers. */
  PRODUCT_OWNER("Product Owner", "po", "#009E73", "dotted", "PO");

  private final String displayName;
  private final String prefix;
  private final String colour;
  private final String underline;
  private final String label;

  Role(String displayName, String prefix, String colour, String underline, String label) {
    this.displayName = displayName;
    this.prefix = prefix;
    this.colour = colour;
    this.underline = underline;
    this.label = label;
  }

  /** The first part of the ids of this role's lexicon entries, such as {@code po}. */
  public String prefix() {
    return prefix;
  }

  /**
   * The role's colour as {@code #RRGGBB}, from the Okabe–Ito palette, which people with the common
   * colour-vision deficiencies tell apart.
   */
  public String colour() {
    return colour;
  }

  /**
   * The CSS underline style of its highlights, so colour is never the only cue: solid, dashed or
   * dotted.
   */
  public String underline() {
    return underline;
  }

  /** A short label for tags and charts, such as "PdM". */
  public String label() {
    return label;
  }

  /** The name a person reads, such as "Product Owner". */
  public String displayName() {
    return displayName;
  }

  /** Finds a role by its id, ignoring case; empty when the id names no role. */
  public static Optional<Role> fromId(String id) {
    return id == null
        ? Optional.empty()
        : LowerCaseId.find(Role.class, id.trim().toLowerCase(Locale.ROOT));
  }
}
