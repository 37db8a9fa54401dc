package org.socialstrategy.scoring.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;

/**
 * Rules about the validation itself (SBS9xx): suppressions that name no known rule, and
 * suppressions that set nothing aside. The validator runs them after the other rules, since they
 * look at what those found.
 */
public final class MetaRules {

  /** SBS901: a suppression names a rule the validator does not know. */
  public static final Rule UNKNOWN_SUPPRESSED_RULE =
      Rule.of(
          "SBS901",
          "unknown-suppressed-rule",
          "Suppression names an unknown rule",
          Severity.WARNING,
          RuleFamily.META,
          "A suppression is a recorded decision; one that names no rule decides nothing, and is"
              + " usually a typo that leaves the finding it meant in place.",
          (strategy, context) -> {});

  /** SBS902: a suppression sets no finding aside. */
  public static final Rule UNUSED_SUPPRESSION =
      Rule.of(
          "SBS902",
          "unused-suppression",
          "Suppression sets nothing aside",
          Severity.INFO,
          RuleFamily.META,
          "A suppression whose finding is gone is a stale decision; removing it keeps the"
              + " strategy's exceptions honest.",
          (strategy, context) -> {});

  private MetaRules() {}

  /**
   * Returns the meta rules in id order.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return List.of(UNKNOWN_SUPPRESSED_RULE, UNUSED_SUPPRESSION);
  }

  static boolean isMeta(Rule rule) {
    return rule == UNKNOWN_SUPPRESSED_RULE || rule == UNUSED_SUPPRESSION;
  }

  /** Reports unknown and unused suppressions into {@code findings}. */
  static void check(
      StrategyValidator validator,
      List<Suppression> suppressions,
      Set<Integer> used,
      Map<String, Rule> rules,
      List<Finding> findings) {
    StrategyValidator.Context unknown =
        new StrategyValidator.Context(
            UNKNOWN_SUPPRESSED_RULE,
            validator.severityOf(UNKNOWN_SUPPRESSED_RULE),
            validator,
            null);
    StrategyValidator.Context unused =
        new StrategyValidator.Context(
            UNUSED_SUPPRESSION, validator.severityOf(UNUSED_SUPPRESSION), validator, null);
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression suppression = suppressions.get(i);
      StrategyPath path = StrategyPath.ROOT.index("suppressions", i);
      Rule rule = rules.get(suppression.rule());
      if (rule == null && validator.isEnabled(UNKNOWN_SUPPRESSED_RULE)) {
        unknown.report(
            Subject.STRATEGY,
            path.field("rule"),
            "suppression of rule '"
                + suppression.rule()
                + "' for "
                + suppression.subject()
                + " names no known rule"
                + NearestMatch.among(suppression.rule(), validator.ruleKeys())
                    .map(near -> " (did you mean '" + near + "'?)")
                    .orElse(""),
            "name a rule by its id or name, or remove the suppression");
      } else if (rule != null
          && !used.contains(i)
          && validator.isEnabled(rule)
          && validator.isEnabled(UNUSED_SUPPRESSION)) {
        unused.report(
            Subject.STRATEGY,
            path,
            "suppression of "
                + rule.name()
                + " for "
                + suppression.subject()
                + " sets nothing aside",
            "remove it: the finding it was for is gone");
      }
    }
    findings.addAll(unknown.findings());
    findings.addAll(unused.findings());
  }
}
