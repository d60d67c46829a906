package io.rolelens.batch.report;

import java.util.Map;

/**
 * Lexicon categories and certifications in the words a report reader uses: "sprint ceremonies" for
 * {@code scrum_events}, "SAFe POPM" for a folded "safe popm". Stateless and thread-safe.
 */
final class PhraseWords {
  /** Lexicon categories in everyday words; a category not listed reads as its id with spaces. */
  private static final Map<String, String> THEMES =
      Map.ofEntries(
          Map.entry("backlog_ownership", "backlog ownership"),
              Map.entry("cross_functional_coordination", "coordinating teams"),
          Map.entry("customer_business_value", "customer and business value"),
              Map.entry("customer_voice", "voice of the customer"),
          Map.entry("delivery_execution", "delivery"),
              Map.entry("discovery_research", "discovery and research"),
          Map.entry("feasibility_usability_balance", "feasibility and usability"),
              Map.entry("milestones", "milestones"),
          Map.entry("outcomes", "outcomes and metrics"),
              Map.entry("pjm_certifications", "project-management certifications"),
          Map.entry("plan_driven_methods", "plan-driven methods"),
              Map.entry("po_certifications", "Scrum certifications"),
          Map.entry("resources_budget", "resources and budget"), Map.entry("roadmap", "roadmaps"),
          Map.entry("scope_change_control", "scope and change control"),
              Map.entry("scrum_events", "sprint ceremonies"),
          Map.entry("self_label", "naming the other role"),
              Map.entry("sprint_goals", "sprint goals"),
          Map.entry("status_risk_reporting", "status and risk reporting"),
              Map.entry("timelines_schedules", "timelines and schedules"),
          Map.entry("user_stories_acceptance", "user stories"),
              Map.entry("vision_strategy", "vision and strategy"));

  /** Certification words folded to lower case by the scorer, as they are written. */
  private static final Map<String, String> ACRONYMS =
      Map.ofEntries(
          Map.entry("pmp", "PMP"),
          Map.entry("capm", "CAPM"),
          Map.entry("pmi", "PMI"),
          Map.entry("pmi-acp", "PMI-ACP"),
          Map.entry("pgmp", "PgMP"),
          Map.entry("prince2", "PRINCE2"),
          Map.entry("ipma", "IPMA"),
          Map.entry("cspo", "CSPO"),
          Map.entry("pspo", "PSPO"),
          Map.entry("popm", "POPM"),
          Map.entry("safe", "SAFe"),
          Map.entry("csm", "CSM"),
          Map.entry("psm", "PSM"),
          Map.entry("a-cspo", "A-CSPO"),
          Map.entry("pmbok", "PMBOK"));

  private PhraseWords() {}

  /**
   * The everyday words for a phrase id's lexicon category ("po.scrum_events.x" → "sprint
   * ceremonies").
   */
  static String theme(String phraseId) {
    String[] parts = phraseId.split("\\.");
    String category = parts.length > 1 ? parts[1] : phraseId;
    return THEMES.getOrDefault(category, category.replace('_', ' '));
  }

  /**
   * A folded certification as it is usually written: "cspo" → "CSPO", "safe popm" → "SAFe POPM".
   */
  static String certificationName(String folded) {
    StringBuilder name = new StringBuilder();
    for (String word : folded.split(" ")) {
      String known = ACRONYMS.get(word.replaceAll("[^a-z0-9-]", ""));
      name.append(name.isEmpty() ? "" : " ")
          .append(known == null ? word : word.replace(word.replaceAll("[^a-z0-9-]", ""), known));
    }
    return name.isEmpty() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
