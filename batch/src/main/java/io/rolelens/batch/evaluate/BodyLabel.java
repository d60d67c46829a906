package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.score.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What a careful reader, blind to the title, says a posting's body describes (one row of a
 * body-labels file): one role, a mix of two, none of the three (too little duty text, or a
 * different job), or contested (two readings disagreed; left out of every figure).
 *
 * @param id the posting's id
 * @param kind which of the four the reader said
 * @param role the role, for {@link Kind#ROLE}; null otherwise
 * @param mix the two roles, for {@link Kind#MIXED}; empty otherwise
 * @param shares each role's share of the body's role-specific duties (all 0 for none)
 * @param readings 1 for a clear row read once, 2 for a hard row read twice
 */
public record BodyLabel(
    String id, Kind kind, Role role, Set<Role> mix, Map<Role, Double> shares, int readings) {
  /** The reader's call. */
  public enum Kind {
    ROLE,
    MIXED,
    NONE,
    CONTESTED
  }

  public BodyLabel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ROLE) != (role != null)) {
      throw new IllegalArgumentException("a role is given exactly when the body is one role");
    }
    mix = Set.copyOf(mix);
    if ((kind == Kind.MIXED) != (mix.size() == 2)) {
      throw new IllegalArgumentException("two roles are mixed exactly when the body is mixed");
    }
    shares = Map.copyOf(new EnumMap<>(shares));
  }

  /** Whether the reader gave shares to compare with: a body of one role or a mix. */
  public boolean hasShares() {
    return kind == Kind.ROLE || kind == Kind.MIXED;
  }

  /**
   * The mean absolute difference, over the three roles, between {@code estimated} shares and the
   * reader's, as {@code evaluate} reports it.
   */
  public double shareError(ToDoubleFunction<Role> estimated) {
    double error = 0;
    for (Role r : Role.values()) {
      error += Math.abs(estimated.applyAsDouble(r) - share(r));
    }
    return error / Role.values().length;
  }

  /** The reader's share of one role, 0 when none was given. */
  public double share(Role r) {
    return shares.getOrDefault(r, 0.0);
  }

  /**
   * The verdict a reader's label calls for under a title that names {@code titleRoles} (the data
   * README's rule): a body of one of the title's roles is consistent, of another role a mismatch; a
   * mix that includes one of the title's roles is mixed, one that does not a mismatch; a body of
   * none of the three, or a title naming none of them, is unclear.
   *
   * @throws IllegalStateException for a contested label, which calls for nothing
   */
  public Verdict expectedVerdict(List<Role> titleRoles) {
    if (kind == Kind.CONTESTED) {
      throw new IllegalStateException("row " + id + " is contested: it calls for no verdict");
    }
    if (titleRoles.isEmpty() || kind == Kind.NONE) {
      return Verdict.UNCLEAR;
    }
    if (kind == Kind.MIXED) {
      return mix.stream().anyMatch(titleRoles::contains) ? Verdict.MIXED : Verdict.MISMATCH;
    }
    return titleRoles.contains(role) ? Verdict.CONSISTENT : Verdict.MISMATCH;
  }

  /**
   * The label as the file writes it: a role id, {@code a+b} for a mix, {@code none} or {@code
   * contested}.
   */
  public String text() {
    return switch (kind) {
      case ROLE -> role.id();
      case MIXED -> "mixed(" + String.join("+", mix.stream().sorted().map(Role::id).toList()) + ")";
      case NONE -> "none";
      case CONTESTED -> "contested";
    };
  }
}
