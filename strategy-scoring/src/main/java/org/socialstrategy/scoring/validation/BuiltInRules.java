package org.socialstrategy.scoring.validation;

import java.util.List;

/**
 * The catalog of built-in rules: the one list of them, in id order, as {@code docs/rules.md}
 * documents them. A new built-in rule is declared in its family's class and listed here.
 */
public final class BuiltInRules {

  private static final List<Rule> ALL =
      List.of(
          GoalRules.NO_BUSINESS_GOALS,
          GoalRules.GOAL_WITHOUT_OBJECTIVE,
          GoalRules.VANITY_OBJECTIVE,
          GoalRules.OBJECTIVE_OUTSIDE_HORIZON,
          GoalRules.GOAL_NAMES_CHANNEL,
          GoalRules.UNSUPPORTED_GOAL,
          GoalRules.GOAL_WITHOUT_SPONSOR,
          TacticRules.UNALIGNED_TACTIC,
          TacticRules.NO_OUTCOME_METRIC,
          TacticRules.TACTIC_WITHOUT_COST,
          TacticRules.TACTIC_WITHOUT_OWNER,
          TacticRules.ONE_SIDED_VALUE,
          TacticRules.TACTIC_OUTSIDE_ROADMAP,
          TacticRules.TACTIC_OUTSIDE_HORIZON,
          TacticRules.TACTIC_WITHOUT_WINDOW,
          TacticRules.MEASURES_OUTSIDE_GOALS,
          TacticRules.OUTCOME_WITHOUT_VALUE,
          TacticRules.MISSPELT_CATALOG_VALUE,
          OrganizationRules.NO_EXECUTIVE_SPONSOR,
          OrganizationRules.WEAK_EXECUTIVE_SUPPORT,
          OrganizationRules.SINGLE_FUNCTION_SILO,
          OrganizationRules.NO_VISION,
          OrganizationRules.SHORT_VISION,
          GovernanceRules.NO_HUB,
          GovernanceRules.RACI_ACCOUNTABLE,
          GovernanceRules.RACI_RESPONSIBLE,
          GovernanceRules.RACI_DOUBLE_ROLE,
          GovernanceRules.NO_GUIDELINES,
          GovernanceRules.NO_RACI,
          RoadmapRules.NO_ROADMAP,
          RoadmapRules.SHORT_ROADMAP,
          RoadmapRules.INITIATIVE_WITHOUT_GOAL,
          RoadmapRules.DEPENDENCY_CYCLE,
          RoadmapRules.DEPENDENCY_NOT_FINISHED,
          RoadmapRules.OVERSPEND,
          RoadmapRules.STAFF_OVERALLOCATED,
          RoadmapRules.SHINY_OBJECT,
          RoadmapRules.UNFUNDED_PLATFORM,
          RoadmapRules.INITIATIVE_OUTSIDE_HORIZON,
          RoadmapRules.NO_FUNDING,
          RoadmapRules.ALLOCATION_OUTSIDE_WINDOW,
          Suppressions.UNKNOWN_SUPPRESSED_RULE,
          Suppressions.UNUSED_SUPPRESSION);

  private BuiltInRules() {}

  /**
   * Returns every built-in rule in id order.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }
}
