package io.rolelens.batch.report;

import java.util.List;
import java.util.Map;

/**
 * The three role ids in report order, the lexicon's id prefix for each, and how each is shown: the
 * product's Okabe–Ito colour (as on the server page and in the extension) and a short label, so
 * colour is never the only cue.
 */
final class Roles {
  static final List<String> IDS = List.of("product_manager", "project_manager", "product_owner");
  static final Map<String, String> PREFIX =
      Map.of("product_manager", "pm", "project_manager", "pjm", "product_owner", "po");
  private static final Map<String, String> COLOUR =
      Map.of(
          "product_manager", "#0072B2", "project_manager", "#D55E00", "product_owner", "#009E73");
  private static final Map<String, String> SHORT =
      Map.of("product_manager", "PdM", "project_manager", "PjM", "product_owner", "PO");

  private Roles() {}

  /** "product_manager" → "Product Manager"; the body status "other_job" reads "another job". */
  static String display(String id) {
    return switch (id) {
      case "product_manager" -> "Product Manager";
      case "project_manager" -> "Project Manager";
      case "product_owner" -> "Product Owner";
      case "other_job" -> "another job";
      default -> id.replace('_', ' ');
    };
  }

  /** The mismatch kind "product_manager→product_owner" as a person reads it. */
  static String kind(String titleRole, String bodyRole) {
    return display(titleRole) + " title, " + display(bodyRole) + " body";
  }

  /** The role's colour as {@code #RRGGBB}; grey for anything else. */
  static String colour(String id) {
    return COLOUR.getOrDefault(id, "#6E6E73");
  }

  /** The role's short label ("PdM", "PjM", "PO"); empty for anything else. */
  static String shortLabel(String id) {
    return SHORT.getOrDefault(id, "");
  }

  /**
   * The role whose lexicon prefix starts this phrase id ("po.scrum_events.x" → product_owner), or
   * null.
   */
  static String ofPhrase(String phraseId) {
    int dot = phraseId.indexOf('.');
    String prefix = dot < 0 ? phraseId : phraseId.substring(0, dot);
    return PREFIX.entrySet().stream()
        .filter(e -> e.getValue().equals(prefix))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
