package io.rolelens.analyzer.title;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.Role;
import java.util.Optional;

/**
 * The role family a job title names: the three roles RoleLens scores, their neighbours, or other.
 */
public enum RoleFamily implements LowerCaseId {
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

  /** The scored role this family is, if it is one of the three. */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }
}
