package io.rolelens.analyzer.hint;

import io.rolelens.analyzer.LowerCaseId;
import io.rolelens.analyzer.Role;
import io.rolelens.analyzer.lexicon.Category;
import java.util.List;
import java.util.Set;

/**
 * The duties the seed text gives each role, one line each as the seed words them, with the lexicon
 * categories that show a posting asks for the duty. The seed's remarks that are not duties
 * (certifications a Project Manager "often has", the focus on outputs) are left out: a posting
 * without them is not missing work. Every duty category of the lexicon belongs to exactly one duty.
 */
public enum SeedDuty implements LowerCaseId {
  PRODUCT_VISION(
      Role.PRODUCT_MANAGER,
      "Owns the product vision and strategy",
      Category.VISION_STRATEGY,
      Category.ROADMAP),
  CUSTOMER_VALUE(
      Role.PRODUCT_MANAGER,
      "Responsible for delivering value to customers and the business",
      Category.CUSTOMER_BUSINESS_VALUE),
  BALANCE(
      Role.PRODUCT_MANAGER,
      "Balances customer needs and business goals with other areas like technical feasibility and"
          + " usability, usually by collaborating closely with engineers and designers",
      Category.FEASIBILITY_USABILITY_BALANCE,
      Category.DISCOVERY_RESEARCH),
  OUTCOMES(
      Role.PRODUCT_MANAGER, "Is much more focused on outcomes than outputs", Category.OUTCOMES),

  TIMELINES(
      Role.PROJECT_MANAGER,
      "Focuses on timelines, milestones, and resources",
      Category.TIMELINES_SCHEDULES,
      Category.MILESTONES,
      Category.RESOURCES_BUDGET),
  EXECUTION(
      Role.PROJECT_MANAGER,
      "Responsible for the execution of a plan, ensuring it\u2019s delivered on time and"
          + " within scope",
      Category.DELIVERY_EXECUTION,
      Category.SCOPE_CHANGE_CONTROL,
      Category.STATUS_RISK_REPORTING,
      Category.PLAN_DRIVEN_METHODS),
  ALIGNMENT(
      Role.PROJECT_MANAGER,
      "Typically manages cross-functional team alignment",
      Category.CROSS_FUNCTIONAL_COORDINATION),

  SCRUM(
      Role.PRODUCT_OWNER,
      "Is a specific role within the Scrum methodology",
      Category.SCRUM_EVENTS,
      Category.SPRINT_GOALS),
  BACKLOG(
      Role.PRODUCT_OWNER,
      "Prioritizes the product backlog, ensuring the dev team is working on the most"
          + " valuable items",
      Category.BACKLOG_OWNERSHIP),
  STORIES(
      Role.PRODUCT_OWNER,
      "Translates the product vision into actionable stories for the development team",
      Category.USER_STORIES_ACCEPTANCE),
  CUSTOMER_VOICE(
      Role.PRODUCT_OWNER,
      "Serves as the voice of the customer in day-to-day work with developers",
      Category.CUSTOMER_VOICE);

  private final Role role;
  private final String definition;
  private final Set<Category> categories;

  SeedDuty(Role role, String definition, Category... categories) {
    this.role = role;
    this.definition = definition;
    this.categories = Set.of(categories);
  }

  /** The role the seed gives this duty to. */
  public Role role() {
    return role;
  }

  /** The seed's one line for the duty. */
  public String definition() {
    return definition;
  }

  /** The lexicon categories whose phrases show a posting asks for this duty. */
  public Set<Category> categories() {
    return categories;
  }

  /** The role's duties in the seed's order. */
  public static List<SeedDuty> of(Role role) {
    return java.util.Arrays.stream(values()).filter(d -> d.role == role).toList();
  }
}
