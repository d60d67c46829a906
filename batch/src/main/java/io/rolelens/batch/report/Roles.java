package io.rolelens.batch.report;

import java.util.List;
import java.util.Map;

/** The three role ids in report order, and the lexicon's id prefix for each. */
final class Roles {
  static final List<String> IDS = List.of("product_manager", "project_manager", "product_owner");
  static final Map<String, String> PREFIX = Map.of("product_manager", "pm", "project_manager", "pjm", "product_owner", "po");

  private Roles() {}

  /** "product_manager" → "Product Manager". */
  static String display(String id) {
    return switch (id) {
      case "product_manager" -> "Product Manager";
      case "project_manager" -> "Project Manager";
      case "product_owner" -> "Product Owner";
      default -> id.replace('_', ' ');
    };
  }

  /** The mismatch kind "product_manager→product_owner" as a person reads it. */
  static String kind(String titleRole, String bodyRole) {
    return display(titleRole) + " title, " + display(bodyRole) + " body";
  }
}
