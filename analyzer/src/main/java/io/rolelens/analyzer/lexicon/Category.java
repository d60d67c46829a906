package io.rolelens.analyzer.lexicon;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.Role;
import java.util.Optional;

/**
 * What a lexicon phrase is evidence of, following the seed's description of each role. {@link
 * #SELF_LABEL} is special: a role's own name used in the body ("as a Product Owner you will") is
 * highlighted but never counted as evidence of duties.
 */
public enum Category implements LowerCaseId {
  VISION_STRATEGY(Role.PRODUCT_MANAGER, "Vision and strategy"),
  CUSTOMER_BUSINESS_VALUE(Role.PRODUCT_MANAGER, "Customer and business value"),
  OUTCOMES(Role.PRODUCT_MANAGER, "Outcomes"),
  DISCOVERY_RESEARCH(Role.PRODUCT_MANAGER, "Discovery and research"),
  ROADMAP(Role.PRODUCT_MANAGER, "Roadmap"),
  FEASIBILITY_USABILITY_BALANCE(Role.PRODUCT_MANAGER, "Balancing feasibility and usability"),

  TIMELINES_SCHEDULES(Role.PROJECT_MANAGER, "Timelines and schedules"),
  MILESTONES(Role.PROJECT_MANAGER, "Milestones"),
  RESOURCES_BUDGET(Role.PROJECT_MANAGER, "Resources and budget"),
  SCOPE_CHANGE_CONTROL(Role.PROJECT_MANAGER, "Scope and change control"),
  DELIVERY_EXECUTION(Role.PROJECT_MANAGER, "On-time delivery and execution"),
  CROSS_FUNCTIONAL_COORDINATION(Role.PROJECT_MANAGER, "Cross-functional coordination"),
  STATUS_RISK_REPORTING(Role.PROJECT_MANAGER, "Status and risk reporting"),
  PJM_CERTIFICATIONS(Role.PROJECT_MANAGER, "Project management certifications"),
  PLAN_DRIVEN_METHODS(Role.PROJECT_MANAGER, "Plan-driven methods"),

  SCRUM_EVENTS(Role.PRODUCT_OWNER, "Scrum and its events"),
  BACKLOG_OWNERSHIP(Role.PRODUCT_OWNER, "Owning and ordering the backlog"),
  USER_STORIES_ACCEPTANCE(Role.PRODUCT_OWNER, "User stories and acceptance criteria"),
  CUSTOMER_VOICE(Role.PRODUCT_OWNER, "Voice of the customer to the team"),
  SPRINT_GOALS(Role.PRODUCT_OWNER, "Sprint goals"),
  PO_CERTIFICATIONS(Role.PRODUCT_OWNER, "Product Owner certifications"),

  /**
   * Experience in a role asked for in the requirements ("5+ years of product management
   * experience"): evidence of which job it is, though not a duty. Any role's entries may use it.
   */
  ROLE_EXPERIENCE(null, "Experience in the role"),

  SELF_LABEL(null, "Role name used as a label");

  private final Role role;
  private final String displayName;

  Category(Role role, String displayName) {
    this.role = role;
    this.displayName = displayName;
  }

  /** A short heading a person reads. */
  public String displayName() {
    return displayName;
  }

  /** Whether an entry of the given role may use this category. */
  public boolean allows(Role entryRole) {
    return role == null || role == entryRole;
  }

  /** Whether phrases of this category count as evidence of duties. */
  public boolean isEvidence() {
    return this != SELF_LABEL;
  }

  /**
   * Whether the category's phrases together count only as much as the strongest of them. Scrum
   * events (sprint planning, refinement, PI planning, stand-ups) say that the team works in Scrum,
   * one fact however many of them a posting lists, and everyone on such a team takes part in them,
   * Product Managers included; what defines the Product Owner is owning and ordering the backlog
   * and writing the stories, which keep counting in full.
   */
  public boolean countsOnce() {
    return this == SCRUM_EVENTS;
  }

  /** Whether phrases of this category name a certification (PMP, PRINCE2, CSPO, PSPO, …). */
  public boolean isCertification() {
    return this == PJM_CERTIFICATIONS || this == PO_CERTIFICATIONS;
  }

  /** Finds a category by id; empty when the id names none. */
  public static Optional<Category> fromId(String id) {
    return LowerCaseId.find(Category.class, id);
  }
}
