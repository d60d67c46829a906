package io.rolelens.analyzer.suggest;

import io.rolelens.analyzer.lexicon.Category;

/** What each category of evidence says a person does, as the seed words it, for reasons. */
final class Duties {
  private Duties() {}

  /** The duty a category stands for, as a phrase that follows "the duties are mostly". */
  static String of(Category category) {
    return switch (category) {
      case VISION_STRATEGY -> "owning the product vision and strategy";
      case CUSTOMER_BUSINESS_VALUE -> "delivering value to customers and the business";
      case OUTCOMES -> "answering for outcomes such as adoption and revenue";
      case DISCOVERY_RESEARCH -> "discovery and customer research";
      case ROADMAP -> "owning the roadmap";
      case FEASIBILITY_USABILITY_BALANCE ->
          "balancing customer needs with feasibility and usability";
      case TIMELINES_SCHEDULES -> "keeping timelines and schedules";
      case MILESTONES -> "tracking milestones";
      case RESOURCES_BUDGET -> "managing resources and budgets";
      case SCOPE_CHANGE_CONTROL -> "controlling scope and changes";
      case DELIVERY_EXECUTION -> "delivering the plan on time and within scope";
      case CROSS_FUNCTIONAL_COORDINATION -> "coordinating cross-functional teams";
      case STATUS_RISK_REPORTING -> "reporting status and risks";
      case PJM_CERTIFICATIONS -> "certifications such as PMP";
      case PLAN_DRIVEN_METHODS -> "plan-driven delivery such as waterfall";
      case SCRUM_EVENTS -> "running Scrum events";
      case BACKLOG_OWNERSHIP -> "ordering the backlog";
      case USER_STORIES_ACCEPTANCE -> "writing user stories and acceptance criteria";
      case CUSTOMER_VOICE -> "speaking for the customer to the developers";
      case SPRINT_GOALS -> "setting sprint goals";
      case PO_CERTIFICATIONS -> "certifications such as CSPO";
      case ROLE_EXPERIENCE -> "experience in the role";
      case SELF_LABEL -> "naming the role";
    };
  }
}
