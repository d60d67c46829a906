package io.rolelens.analyzer.suggest;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.otherjob.OtherJob;
import io.rolelens.analyzer.otherjob.OtherJobEvidence;
import io.rolelens.analyzer.score.BodyStatus;
import io.rolelens.analyzer.score.Evidence;
import io.rolelens.analyzer.score.RoleProfile;
import io.rolelens.analyzer.score.Verdict;
import io.rolelens.analyzer.title.TitleReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Suggests the title that fits a flagged posting's body ({@code mixed} or {@code mismatch}): the
 * role holding at least {@link #SINGLE_ROLE_SHARE} of the body's evidence, else the two largest as
 * a hybrid ("Product Manager / Product Owner", roles in the order Product Manager, Project Manager,
 * Product Owner), with the title's seniority words kept ("Senior Product Owner"). The reason names
 * the duties that weigh most for each suggested role, as the seed assigns them. A body that
 * describes a different job gets no role title, only the reason. Thread-safe (stateless).
 */
public final class TitleSuggestions {
  /** The share that makes one role the body's role, as careful readers of the bodies decide it. */
  static final double SINGLE_ROLE_SHARE = 0.6;

  /**
   * Seniority words carried over to the suggested title, as written ("Sr." stays "Sr."). Ranks that
   * name a different shape of job (Head of, Director, VP, Intern) are not carried over.
   */
  private static final Pattern SENIORITY =
      Pattern.compile("(?i)\\b(senior|sr|snr|junior|jr|associate|lead|principal|staff)\\b\\.?");

  private TitleSuggestions() {}

  /**
   * The suggestion for an analysed posting, or null when its verdict is neither mixed nor mismatch.
   */
  public static SuggestedTitle suggest(
      TitleReading title,
      RoleProfile profile,
      BodyStatus status,
      OtherJobEvidence otherJob,
      Verdict verdict) {
    if (verdict != Verdict.MIXED && verdict != Verdict.MISMATCH) {
      return null;
    }
    if (status == BodyStatus.OTHER_JOB) {
      return new SuggestedTitle(null, otherJobReason(otherJob));
    }
    List<Role> roles = fittingRoles(profile);
    if (Set.copyOf(roles).equals(Set.copyOf(title.roles()))) {
      return null;
    }
    String name = roles.stream().map(Role::displayName).collect(Collectors.joining(" / "));
    return new SuggestedTitle(seniority(title.text()) + name, reason(profile, roles));
  }

  /** The role with a clear majority of the evidence, else the two largest in role order. */
  static List<Role> fittingRoles(RoleProfile profile) {
    List<Role> bySize = new ArrayList<>(List.of(Role.values()));
    bySize.sort(Comparator.comparingDouble((Role r) -> profile.share(r)).reversed());
    if (profile.share(bySize.get(0)) >= SINGLE_ROLE_SHARE) {
      return List.of(bySize.get(0));
    }
    return bySize.subList(0, 2).stream().sorted().toList();
  }

  /** The title's seniority words followed by a space, or "" when it has none. */
  static String seniority(String title) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = SENIORITY.matcher(title);
    while (m.find()) {
      words.add(m.group());
    }
    return words.isEmpty() ? "" : String.join(" ", words) + " ";
  }

  private static String reason(RoleProfile profile, List<Role> roles) {
    if (roles.size() == 1) {
      Role role = roles.get(0);
      return "The duties are mostly "
          + joined(topDuties(profile, role, 2))
          + ", which the seed gives to a "
          + role.displayName()
          + ".";
    }
    Role first = roles.get(0);
    Role second = roles.get(1);
    return "The duties split between "
        + joined(topDuties(profile, first, 1))
        + ", which the seed gives to a "
        + first.displayName()
        + ", and "
        + joined(topDuties(profile, second, 1))
        + ", which it gives to a "
        + second.displayName()
        + ".";
  }

  /** The duties of the role's heaviest evidence categories, heaviest first. */
  private static List<String> topDuties(RoleProfile profile, Role role, int limit) {
    Map<Category, Double> weight = new EnumMap<>(Category.class);
    for (Evidence e : profile.evidence()) {
      if (e.role() == role) {
        weight.merge(e.category(), e.contribution(), Double::sum);
      }
    }
    List<String> duties =
        weight.entrySet().stream()
            .sorted(Map.Entry.<Category, Double>comparingByValue().reversed())
            .limit(limit)
            .map(e -> Duties.of(e.getKey()))
            .toList();
    return duties.isEmpty() ? List.of("its work") : duties;
  }

  private static String joined(List<String> parts) {
    return parts.size() == 1
        ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1))
            + " and "
            + parts.get(parts.size() - 1);
  }

  private static String otherJobReason(OtherJobEvidence otherJob) {
    OtherJob job = otherJob.mainJob();
    String which = job == null ? "another job" : "another job, mostly " + job.name();
    return "The body describes "
        + which
        + ", so no Product Manager, Project Manager or Product Owner title fits it.";
  }
}
