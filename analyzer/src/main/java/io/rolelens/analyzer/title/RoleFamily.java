package io.rolelens.analyzer.title;

import io.rolelens.analyzer.Role;
import java.util.Locale;
import java.util.Optional;

/**
 * The role family a job title names: the three roles RoleLens scores, their neighbours, or other.
 */
public enum RoleFamily {
  PRODUCT_MANAGER(Role.PRODUCT_MANAGER),
  PROJECT_MANAGER(Role.PROJECT_MANAGER),
  PRODUCT_OWNER(Role.PRODUCT_OWNER),
  PROGRAM_MANAGER(null),
  TECHNICAL_PROGRAM_MANAGER(null),
  SCRUM_MASTER(null),
  BUSINESS_ANALYST(null),
  DELIVERY_MANAGER(null),
  OTHER(null);

  private final Role role;

  RoleFamily(Role role) {
    this.role = role;
  }

  /** Computed once: ids are written in every answer. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lower-case id used in JSON, such as {@code technical_program_manager}. */
  public String id() {
    return id;
  }

  /** The scored role this family is, if it is one of the three. */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }
}
