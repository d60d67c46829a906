package io.rolelens.analyzer.hint;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.match.Mention;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.section.SectionKind;
import io.rolelens.analyzer.suggest.SuggestedTitle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What would make a posting's title and body agree, both ways: the title that fits the body, or,
 * keeping the title, the body's phrases that belong to another role (by role, then by section) and
 * the title's roles' duties the body never asks for, each with the seed's line for it.
 *
 * @param retitle the title that fits the body, as {@link Analysis#suggestedTitle()} gives it; null
 *     when none is suggested
 * @param titleRoles the roles the title names (empty for a title naming none of the three)
 * @param otherRolePhrases the body's counted phrases of roles the title does not name, grouped by
 *     role (in role order) and then by section (in section order), each list in body order
 * @param missingDuties for each of the title's roles, the seed duties with no counted phrase
 */
public record FixHints(
    SuggestedTitle retitle,
    List<Role> titleRoles,
    Map<Role, Map<SectionKind, List<Mention>>> otherRolePhrases,
    Map<Role, List<SeedDuty>> missingDuties) {

  public FixHints {
    titleRoles = List.copyOf(titleRoles);
    // Copied keeping their order: roles and sections are listed as the enums order them.
    otherRolePhrases = Collections.unmodifiableMap(new LinkedHashMap<>(otherRolePhrases));
    missingDuties = Collections.unmodifiableMap(new LinkedHashMap<>(missingDuties));
  }

  /** The hints for an analysed posting; thread-safe (stateless). */
  public static FixHints of(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    List<Role> titleRoles = analysis.title().expectedRoles();
    return new FixHints(
        analysis.suggestedTitle(),
        titleRoles,
        otherRolePhrases(analysis, titleRoles),
        missingDuties(analysis, titleRoles));
  }

  /** Whether there is anything to change, keeping the title. */
  public boolean isEmpty() {
    return otherRolePhrases.isEmpty() && missingDuties.values().stream().allMatch(List::isEmpty);
  }

  private static Map<Role, Map<SectionKind, List<Mention>>> otherRolePhrases(
      Analysis analysis, List<Role> titleRoles) {
    Map<Role, Map<SectionKind, List<Mention>>> byRole = new EnumMap<>(Role.class);
    if (titleRoles.isEmpty()) {
      return byRole;
    }
    for (Mention m : analysis.mentions()) {
      if (m.field() == Field.BODY
          && m.isEvidence()
          && !titleRoles.contains(m.role())
          && m.section().weight() > 0) {
        byRole
            .computeIfAbsent(m.role(), r -> new EnumMap<>(SectionKind.class))
            .computeIfAbsent(m.section(), s -> new ArrayList<>())
            .add(m);
      }
    }
    byRole.replaceAll(
        (role, sections) -> {
          Map<SectionKind, List<Mention>> copied = new EnumMap<>(SectionKind.class);
          sections.forEach((section, list) -> copied.put(section, List.copyOf(list)));
          return Collections.unmodifiableMap(copied);
        });
    return byRole;
  }

  private static Map<Role, List<SeedDuty>> missingDuties(Analysis analysis, List<Role> titleRoles) {
    Set<Category> present = EnumSet.noneOf(Category.class);
    for (Evidence e : analysis.profile().evidence()) {
      if (e.contribution() > 0) {
        present.add(e.category());
      }
    }
    Map<Role, List<SeedDuty>> missing = new EnumMap<>(Role.class);
    for (Role role : titleRoles) {
      missing.put(
          role,
          SeedDuty.of(role).stream()
              .filter(d -> d.categories().stream().noneMatch(present::contains))
              .toList());
    }
    return missing;
  }
}
