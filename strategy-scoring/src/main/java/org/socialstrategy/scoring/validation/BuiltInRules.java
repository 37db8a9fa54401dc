package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.List;

/** Every built-in rule, as documented in {@code docs/rules.md}. */
public final class BuiltInRules {

  private static final List<Rule> ALL = collect();

  private BuiltInRules() {}

  /**
   * Returns every built-in rule in id order.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }

  private static List<Rule> collect() {
    List<Rule> all = new ArrayList<>();
    all.addAll(GoalRules.all());
    all.addAll(TacticRules.all());
    all.addAll(OrganizationRules.all());
    all.addAll(GovernanceRules.all());
    all.addAll(RoadmapRules.all());
    all.addAll(MetaRules.all());
    return List.copyOf(all);
  }
}
