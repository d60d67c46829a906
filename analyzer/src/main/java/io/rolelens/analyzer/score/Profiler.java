package io.rolelens.analyzer.score;

import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import io.rolelens.analyzer.lexicon.Lexicon;
import io.rolelens.analyzer.lexicon.Orientation;
import io.rolelens.analyzer.match.Mention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a body's mentions into a {@link RoleProfile}. Immutable and thread-safe. */
public final class Profiler {
  private final Lexicon lexicon;

  /** Profiles with the lexicon's role weights. */
  public Profiler(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Profiles the body from its mentions; self-labels and negated mentions do not count. */
  public RoleProfile profile(List<Mention> bodyMentions) {
    Map<String, List<Mention>> byPhrase = new LinkedHashMap<>();
    for (Mention m : bodyMentions) {
      if (m.isEvidence()) {
        byPhrase.computeIfAbsent(m.phraseId(), k -> new ArrayList<>()).add(m);
      }
    }
    Map<Category, Double> countOnce = countOnceFactors(byPhrase.values());
    Map<Role, Double> weights = new EnumMap<>(Role.class);
    double outcome = 0;
    double output = 0;
    List<Evidence> evidence = new ArrayList<>();
    for (List<Mention> group : byPhrase.values()) {
      Mention first = group.get(0);
      double contribution =
          damped(group)
              * sectionWeight(group)
              * countOnce.getOrDefault(first.category(), 1.0)
              * lexicon.roleWeight(first.role())
              * lexicon.categoryWeight(first.category());
      if (contribution == 0) {
        // Only in a company blurb, benefits or legal text: highlighted, but not a duty.
        continue;
      }
      weights.merge(first.role(), contribution, Double::sum);
      if (first.orientation() == Orientation.OUTCOME) {
        outcome += contribution;
      } else if (first.orientation() == Orientation.OUTPUT) {
        output += contribution;
      }
      evidence.add(
          new Evidence(
              first.phraseId(),
              first.role(),
              first.category(),
              first.text(),
              first.start(),
              first.end(),
              group.size(),
              round(contribution),
              first.explanation()));
    }
    evidence.sort(Comparator.comparingDouble(Evidence::contribution).reversed());
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    return new RoleProfile(weights, total, outcome, output, evidence);
  }

  /**
   * How much a phrase counts for where it stands: the most its section allows among its
   * occurrences, so a duty listed under responsibilities and repeated in the company blurb counts
   * in full.
   */
  private static double sectionWeight(List<Mention> group) {
    double most = 0;
    for (Mention m : group) {
      most = Math.max(most, m.section().weight());
    }
    return most;
  }

  /** A phrase's weight with its repetitions damped: {@code weight × H(n)}. */
  private static double damped(List<Mention> group) {
    return group.get(0).weight() * harmonic(group.size());
  }

  /**
   * For each category that {@linkplain Category#countsOnce() counts once}, the factor that scales
   * its phrases down so that together they weigh as much as the strongest of them.
   */
  private static Map<Category, Double> countOnceFactors(Collection<List<Mention>> groups) {
    Map<Category, Double> strongest = new EnumMap<>(Category.class);
    Map<Category, Double> total = new EnumMap<>(Category.class);
    for (List<Mention> group : groups) {
      Category category = group.get(0).category();
      if (category.countsOnce()) {
        double weight = damped(group);
        strongest.merge(category, weight, Math::max);
        total.merge(category, weight, Double::sum);
      }
    }
    Map<Category, Double> factors = new EnumMap<>(Category.class);
    strongest.forEach((category, max) -> factors.put(category, max / total.get(category)));
    return factors;
  }

  static double harmonic(int n) {
    double h = 0;
    for (int k = 1; k <= n; k++) {
      h += 1.0 / k;
    }
    return h;
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
