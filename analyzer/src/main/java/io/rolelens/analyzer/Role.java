package io.rolelens.analyzer;

import java.util.Locale;
import java.util.Optional;

/** The three roles RoleLens tells apart, as defined by the project's seed text. */
public enum Role {
  /** Owns the product vision and strategy; judged on outcomes. */
  PRODUCT_MANAGER("product_manager", "Product Manager"),
  /** Owns timelines, milestones, resources and scope; judged on outputs. */
  PROJECT_MANAGER("project_manager", "Project Manager"),
  /** The Scrum role that orders the backlog and speaks for the customer to the developers. */
  PRODUCT_OWNER("product_owner", "Product Owner");

  private final String id;
  private final String displayName;

  Role(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The stable id used in JSON, CSV and the lexicon, such as {@code product_owner}. */
  public String id() {
    return id;
  }

  /** The name a person reads, such as "Product Owner". */
  public String displayName() {
    return displayName;
  }

  /** Finds a role by its id, ignoring case; empty when the id names no role. */
  public static Optional<Role> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (Role role : values()) {
      if (role.id.equals(wanted)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
