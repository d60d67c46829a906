package io.rolelens.batch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-language one-line takeaways read back from a report's tables (matrix, driving phrases,
 * confusion distribution, certifications), over the report's scope. Stateless and thread-safe.
 */
final class Takeaways {
  private Takeaways() {}

  /** The takeaways of {@code report}, most telling first; empty when there is nothing to say. */
  static List<String> of(Report report) {
    List<String> lines = new ArrayList<>(misfiled(report));
    anotherJob(report.expectTable("matrix")).ifPresent(lines::add);
    polarisation(report.expectTable("confusion_distribution")).ifPresent(lines::add);
    crossRoleCertification(report.expectTable("certifications")).ifPresent(lines::add);
    return lines;
  }

  /**
   * How many postings titled as one of the three roles describe another job altogether, per title
   * role, from the matrix's other_job column; empty when none do.
   */
  static java.util.Optional<String> anotherJob(Table matrix) {
    int column = matrix.columns().indexOf("other_job");
    List<String> parts = new ArrayList<>();
    int total = 0;
    for (List<Object> row : matrix.rows()) {
      int n = (Integer) row.get(column);
      if (Roles.IDS.contains((String) row.get(0)) && n > 0) {
        parts.add(Roles.display((String) row.get(0)) + " " + n);
        total += n;
      }
    }
    if (total == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Format.count(total, "posting")
            + " titled as one of the three roles "
            + (total == 1 ? "describes" : "describe")
            + " another job altogether ("
            + String.join(", ", parts)
            + (total == 1
                ? "): its tools and duties outweigh its role evidence, so none of the three titles"
                    + " fits it."
                : "): their tools and duties outweigh their role evidence, so none of the three"
                    + " titles fits them."));
  }

  private static List<String> misfiled(Report report) {
    record Line(int misfiled, String text) {}
    List<Line> lines = new ArrayList<>();
    for (List<Object> row : report.expectTable("matrix").rows()) {
      String title = (String) row.get(0);
      int at = Roles.IDS.indexOf(title);
      if (at < 0) {
        continue;
      }
      int[] bodies = new int[3];
      int misfiled = 0;
      for (int i = 0; i < 3; i++) {
        bodies[i] = i == at ? 0 : (Integer) row.get(i + 1);
        misfiled += bodies[i];
      }
      if (misfiled > 0) {
        lines.add(
            new Line(
                misfiled,
                misfiledLine(report.expectTable("driving_phrases"), title, bodies, misfiled)));
      }
    }
    return lines.stream()
        .sorted(Comparator.comparing(Line::misfiled).reversed())
        .map(Line::text)
        .toList();
  }

  private static String misfiledLine(Table phrases, String title, int[] bodies, int misfiled) {
    int top = bodies[0] >= bodies[1] && bodies[0] >= bodies[2] ? 0 : bodies[1] >= bodies[2] ? 1 : 2;
    String name = Roles.display(title);
    String body = Roles.IDS.get(top);
    long tied = java.util.Arrays.stream(bodies).filter(b -> b == bodies[top]).count();
    if (tied > 1) {
      List<String> roles = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        if (bodies[i] == bodies[top]) {
          roles.add(Roles.display(Roles.IDS.get(i)));
        }
      }
      return "Misfiled "
          + name
          + " postings split evenly between "
          + String.join(" and ", roles)
          + " jobs ("
          + bodies[top]
          + " each).";
    }
    String lead =
        misfiled == 1
            ? "The one misfiled " + name + " posting reads as a " + Roles.display(body) + " job"
            : bodies[top] == misfiled
                ? (misfiled == 2 ? "Both" : "All " + misfiled)
                    + " misfiled "
                    + name
                    + " postings read as "
                    + Roles.display(body)
                    + " jobs"
                : "Most misfiled "
                    + name
                    + " postings read as "
                    + Roles.display(body)
                    + " jobs ("
                    + bodies[top]
                    + " of "
                    + misfiled
                    + ")";
    List<String> themes = themes(phrases, title + "->" + body);
    return lead + (themes.isEmpty() ? "." : ": " + String.join(", ", themes) + ".");
  }

  /** The three commonest lexicon themes among a kind's driving phrases, by postings. */
  private static List<String> themes(Table phrases, String kind) {
    Map<String, Integer> byTheme = new LinkedHashMap<>();
    for (List<Object> row : phrases.rows()) {
      if (row.get(0).equals(kind)) {
        byTheme.merge(PhraseWords.theme((String) row.get(1)), (Integer) row.get(3), Integer::sum);
      }
    }
    return byTheme.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(3)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static java.util.Optional<String> polarisation(Table distribution) {
    int low = 0;
    int high = 0;
    int total = 0;
    int bands = ConfusionDistributionSection.BUCKETS.size();
    for (List<Object> row : distribution.rows()) {
      for (int i = 1; i <= bands; i++) {
        total += (Integer) row.get(i);
      }
      low += (Integer) row.get(1);
      high += (Integer) row.get(bands);
    }
    if (total == 0) {
      return java.util.Optional.empty();
    }
    String counts =
        "of "
            + Format.count(total, "judged posting")
            + " whose body reads as one of the three roles, "
            + low
            + (low == 1 ? " scores" : " score")
            + " under 20 and "
            + high
            + (high == 1 ? " scores" : " score")
            + " 80 or more";
    return java.util.Optional.of(
        low + high >= 0.75 * total
            ? "Postings rarely mix roles: "
                + counts
                + ". A posting tends to describe one role, just not always the one in its title."
            : "Many postings mix roles: " + counts + "; the rest sit in between.");
  }

  private static java.util.Optional<String> crossRoleCertification(Table certifications) {
    return certifications.rows().stream()
        .filter(
            r ->
                Roles.ofPhrase((String) r.get(1)) != null
                    && !Roles.ofPhrase((String) r.get(1)).equals(r.get(0)))
        .max(Comparator.comparing((List<Object> r) -> (Integer) r.get(3)))
        .map(
            r ->
                (String) r.get(2)
                    + ", a "
                    + Roles.display(Roles.ofPhrase((String) r.get(1)))
                    + " certification, is asked for in "
                    + Format.count(
                        (Integer) r.get(3), Roles.display((String) r.get(0)) + " posting")
                    + " ("
                    + Format.percent((Double) r.get(4))
                    + ").");
  }
}
