package io.rolelens.analyzer.title;

import io.rolelens.analyzer.Require;
import io.rolelens.analyzer.Role;
import java.util.List;

/**
 * What a job title says about the role.
 *
 * @param text the title as given
 * @param role the main role family: the first scored role the title names, else the first family it
 *     names (reading left to right), else {@link RoleFamily#OTHER}
 * @param families every role family the title names, in order of appearance
 * @param seniority how senior the title reads
 * @param hybrid whether the title names two or more of the three scored roles ("Product Manager /
 *     Product Owner")
 */
public record TitleReading(
    String text, RoleFamily role, List<RoleFamily> families, Seniority seniority, boolean hybrid) {

  public TitleReading {
    Require.nonNull("text role seniority", text, role, seniority);
    families = List.copyOf(families);
  }

  /** The scored roles the title names, in order; empty for other families. */
  public List<Role> roles() {
    return families.stream().flatMap(f -> f.role().stream()).distinct().toList();
  }

  /**
   * The roles a body should read as to be consistent with this title: the roles named, or for
   * program and delivery managers, the Project Manager role whose work they share.
   */
  public List<Role> expectedRoles() {
    List<Role> named = roles();
    if (!named.isEmpty()) {
      return named;
    }
    return switch (role) {
      case PROGRAM_MANAGER, TECHNICAL_PROGRAM_MANAGER, DELIVERY_MANAGER ->
          List.of(Role.PROJECT_MANAGER);
      default -> List.of();
    };
  }
}
