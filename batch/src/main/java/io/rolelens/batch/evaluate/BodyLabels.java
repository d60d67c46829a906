package io.rolelens.batch.evaluate;

import io.rolelens.analyzer.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a body-labels file ({@code id, body_role, mix, product_manager_share,
 * project_manager_share, product_owner_share, readings}): what readers blind to the title said each
 * body describes. A row that cannot be read is reported with its line and reason and left out.
 *
 * <p>Labels are matched to postings by id. An id labelled more than once names more than one
 * posting (the dev set has ten such pairs, from different sources, and each pair carries one label
 * twice: it was read for one of them), so which posting a label describes cannot be told: such ids
 * are reported and left out, never matched to the wrong body.
 */
public final class BodyLabels {
  /** The columns a body-labels file must have. */
  public static final List<String> REQUIRED =
      List.of(
          "id",
          "body_role",
          "mix",
          "product_manager_share",
          "project_manager_share",
          "product_owner_share",
          "readings");

  private final Map<String, BodyLabel> byId;
  private final Set<String> ambiguous;

  private BodyLabels(Map<String, BodyLabel> byId, Set<String> ambiguous) {
    this.byId = Map.copyOf(byId);
    this.ambiguous = Set.copyOf(ambiguous);
  }

  /** Reads {@code file}, passing each unreadable row's description to {@code rejected}. */
  public static BodyLabels read(Path file, Consumer<String> rejected) throws IOException {
    Map<String, BodyLabel> byId = new HashMap<>();
    Map<String, Integer> times = new LinkedHashMap<>();
    try (CSVParser csv = LabelledCsv.open(file, REQUIRED, "body-labels file", null)) {
      for (CSVRecord row : csv) {
        String where = "body label on line " + row.getParser().getCurrentLineNumber();
        try {
          BodyLabel label = parse(row);
          byId.putIfAbsent(label.id(), label);
          times.merge(label.id(), 1, Integer::sum);
        } catch (IllegalArgumentException e) {
          rejected.accept(where + ": " + e.getMessage());
        }
      }
    }
    Set<String> ambiguous = new LinkedHashSet<>();
    times.forEach(
        (id, n) -> {
          if (n > 1) {
            ambiguous.add(id);
            byId.remove(id);
            rejected.accept(
                "body labels of id "
                    + id
                    + ": labelled "
                    + n
                    + " times, so the id names more than one posting and no label can be matched to"
                    + " its body; left out");
          }
        });
    return new BodyLabels(byId, ambiguous);
  }

  /** Whether the id was labelled more than once and is left out: it names more than one posting. */
  public boolean ambiguous(String id) {
    return ambiguous.contains(id);
  }

  /** The label of the posting with this id, if the file has one. */
  public Optional<BodyLabel> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  static BodyLabel parse(CSVRecord row) {
    if (!row.isConsistent()) {
      throw new IllegalArgumentException(
          "has " + row.size() + " fields, the header has " + row.getParser().getHeaderMap().size());
    }
    String id = row.get("id").strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("the id is empty");
    }
    String call = row.get("body_role").strip().toLowerCase(Locale.ROOT);
    Map<Role, Double> shares = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      shares.put(r, share(row.get(r.id() + "_share"), r));
    }
    int readings = readings(row.get("readings"));
    return switch (call) {
      case "mixed" ->
          new BodyLabel(id, BodyLabel.Kind.MIXED, null, mix(row.get("mix")), shares, readings);
      case "none" -> new BodyLabel(id, BodyLabel.Kind.NONE, null, Set.of(), shares, readings);
      case "contested" ->
          new BodyLabel(id, BodyLabel.Kind.CONTESTED, null, Set.of(), shares, readings);
      default -> {
        Role role =
            Role.fromId(call)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "body_role '" + call + "' is not a role id, mixed, none or contested"));
        yield new BodyLabel(id, BodyLabel.Kind.ROLE, role, Set.of(), shares, readings);
      }
    };
  }

  private static Set<Role> mix(String text) {
    Set<Role> roles = new LinkedHashSet<>();
    for (String part : text.split("\\+")) {
      roles.add(
          Role.fromId(part)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "mix '"
                              + text
                              + "' must name two roles, such as product_manager+product_owner")));
    }
    if (roles.size() != 2) {
      throw new IllegalArgumentException("mix '" + text + "' must name two different roles");
    }
    return roles;
  }

  private static double share(String text, Role r) {
    if (text.isBlank()) {
      return 0;
    }
    try {
      double share = Double.parseDouble(text.strip());
      if (share < 0 || share > 1) {
        throw new IllegalArgumentException(r.id() + "_share must be in [0, 1], was " + text);
      }
      return share;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(r.id() + "_share '" + text + "' is not a number");
    }
  }

  private static int readings(String text) {
    try {
      return text.isBlank() ? 1 : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("readings '" + text + "' is not a whole number");
    }
  }
}
