package io.rolelens.batch.report;

import io.rolelens.scoring.index.IndexFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The largest groups of titled postings by one field (company, location, seniority) and how
 * confused each is.
 *
 * @param name the table's name, {@code by_} and the field
 * @param title the table's title
 * @param key the field a posting is grouped by
 * @param top groups shown per title role
 * @param minCount the smallest group shown
 */
record BreakdownSection(
    String name, String title, Function<PostingFacts, String> key, int top, int minCount)
    implements ReportSection {
  @Override
  public Table table(ReportFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    for (String role : Roles.IDS) {
      Map<String, List<PostingFacts>> groups =
          facts.titled(role).stream()
              .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
      groups.entrySet().stream()
          .filter(e -> e.getValue().size() >= minCount && !e.getKey().equals(IndexFields.NONE))
          .sorted(
              Comparator.comparing(
                      (Map.Entry<String, List<PostingFacts>> e) -> -e.getValue().size())
                  .thenComparing(Map.Entry::getKey))
          .limit(top)
          .forEach(
              e -> {
                Stats s = Stats.of(e.getValue());
                rows.add(
                    List.of(
                        role,
                        e.getKey(),
                        s.postings(),
                        Stats.orBlank(s.otherRoleShare()),
                        Stats.orBlank(s.mismatchShare()),
                        Stats.orBlank(s.meanConfusion())));
              });
    }
    return new Table(
        name,
        title,
        "Top "
            + top
            + " groups per title role by postings, groups of at least "
            + minCount
            + " postings only.",
        List.of(
            "title_role",
            name.substring(3),
            "postings",
            "other_role_share",
            "mismatch_share",
            "mean_confusion"),
        rows);
  }
}
