package org.socialstrategy.scoring.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.scoring.SuccessFactor;

/**
 * The validator's suppression bookkeeping: it sets aside the findings a strategy's suppressions
 * match, notes which suppressions set something aside, and then runs the two rules that audit the
 * suppressions themselves (SBS9xx), which look at that outcome rather than at the strategy alone:
 * suppressions that name no known rule, and suppressions that set nothing aside.
 */
final class Suppressions {

  /** SBS901: a suppression names a rule the validator does not know. */
  static final Rule UNKNOWN_SUPPRESSED_RULE =
      Rule.builder("SBS901", "unknown-suppressed-rule")
          .title("Suppression names an unknown rule")
          .severity(Severity.WARNING)
          .family(RuleFamily.META)
          .factor(SuccessFactor.GOVERNANCE)
          .rationale(
              "A suppression is a recorded decision; one that names no rule decides nothing, and is"
                  + " usually a typo that leaves the finding it meant in place.")
          .auditingSuppressions(
              (strategy, outcome, context) -> {
                List<Suppression> suppressions = strategy.suppressions();
                for (int i = 0; i < suppressions.size(); i++) {
                  Suppression suppression = suppressions.get(i);
                  if (outcome.rule(i).isEmpty()) {
                    context.report(
                        Subject.STRATEGY,
                        path(i).field("rule"),
                        "suppression of rule '"
                            + suppression.rule()
                            + "' for "
                            + suppression.subject()
                            + " names no known rule"
                            + NearestMatch.among(suppression.rule(), outcome.validator.ruleKeys())
                                .map(near -> " (did you mean '" + near + "'?)")
                                .orElse(""),
                        "name a rule by its id or name, or remove the suppression");
                  }
                }
              });

  /** SBS902: a suppression sets no finding aside. */
  static final Rule UNUSED_SUPPRESSION =
      Rule.builder("SBS902", "unused-suppression")
          .title("Suppression sets nothing aside")
          .severity(Severity.INFO)
          .family(RuleFamily.META)
          .factor(SuccessFactor.GOVERNANCE)
          .rationale(
              "A suppression whose finding is gone is a stale decision; removing it keeps the"
                  + " strategy's exceptions honest.")
          .auditingSuppressions(
              (strategy, outcome, context) -> {
                List<Suppression> suppressions = strategy.suppressions();
                for (int i = 0; i < suppressions.size(); i++) {
                  Suppression suppression = suppressions.get(i);
                  Optional<Rule> rule = outcome.rule(i);
                  if (rule.isPresent()
                      && !outcome.used.get(i)
                      && outcome.validator.isEnabled(rule.get())) {
                    context.report(
                        Subject.STRATEGY,
                        path(i),
                        "suppression of "
                            + rule.get().name()
                            + " for "
                            + suppression.subject()
                            + " sets nothing aside",
                        "remove it: the finding it was for is gone");
                  }
                }
              });

  private Suppressions() {}

  /** The check of a rule that audits the suppressions once the validator has applied them. */
  @FunctionalInterface
  interface Audit {
    void check(Strategy strategy, Outcome outcome, RuleContext context);
  }

  /**
   * What applying the suppressions came to: which of them set a finding aside.
   *
   * @param validator the validator, which knows the rules suppressions may name
   * @param suppressions the strategy's suppressions
   * @param used the positions of the suppressions that set a finding aside
   */
  record Outcome(StrategyValidator validator, List<Suppression> suppressions, BitSet used) {

    /** The rule a suppression names, by id or name, if the validator knows it. */
    Optional<Rule> rule(int suppression) {
      return validator.rule(suppressions.get(suppression).rule());
    }
  }

  /**
   * Sets aside the findings the strategy's suppressions match and adds the findings of the enabled
   * audit rules. A suppression whose last day is before {@code asOf} sets nothing aside: the
   * findings it matches are kept, each with a note that its waiver expired. {@code ordered} tells
   * that the findings are already in report order, which holds unless a rule failed (its failure is
   * an error whatever the rule's severity) or an audit rule reported.
   */
  static ValidationReport apply(
      StrategyValidator validator,
      RuleContext.Validation validation,
      Strategy strategy,
      List<Finding> findings,
      boolean ordered,
      LocalDate asOf) {
    List<Suppression> suppressions = strategy.suppressions();
    if (suppressions.isEmpty()) {
      return ordered
          ? ValidationReport.ofOrdered(findings, List.of(), List.of())
          : ValidationReport.of(findings, List.of(), List.of());
    }
    Map<String, Integer> firstActive = new HashMap<>();
    Map<String, Integer> firstExpired = new HashMap<>();
    for (int i = suppressions.size() - 1; i >= 0; i--) {
      Suppression suppression = suppressions.get(i);
      Optional<Rule> rule = validator.rule(suppression.rule());
      if (rule.isPresent()) {
        (suppression.isExpiredOn(asOf) ? firstExpired : firstActive)
            .put(rule.get().id() + " " + suppression.subject(), i);
      }
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    List<SuppressedFinding> suppressed = new ArrayList<>();
    int[] matched = new int[suppressions.size()];
    for (Finding finding : findings) {
      String key = finding.ruleId() + " " + finding.subject();
      Integer active = firstActive.get(key);
      Integer expired = active == null ? firstExpired.get(key) : null;
      if (active != null) {
        Suppression suppression = suppressions.get(active);
        matched[active]++;
        suppressed.add(new SuppressedFinding(finding, suppression.reason(), suppression.until()));
      } else if (expired != null) {
        matched[expired]++;
        kept.add(expiredWaiver(finding, suppressions.get(expired)));
      } else {
        kept.add(finding);
      }
    }
    BitSet used = new BitSet(suppressions.size());
    List<Waiver> waivers = new ArrayList<>(suppressions.size());
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression suppression = suppressions.get(i);
      WaiverState state;
      if (validator.rule(suppression.rule()).isEmpty()) {
        state = WaiverState.UNKNOWN_RULE;
      } else if (suppression.isExpiredOn(asOf)) {
        state = WaiverState.EXPIRED;
      } else {
        state = matched[i] > 0 ? WaiverState.ACTIVE : WaiverState.UNUSED;
      }
      used.set(i, matched[i] > 0);
      waivers.add(new Waiver(suppression, path(i), state, matched[i]));
    }
    int before = kept.size();
    Outcome outcome = new Outcome(validator, suppressions, used);
    for (Rule rule : validator.rules()) {
      if (rule.audit() != null) {
        RuleContext context = new RuleContext(rule, validator.severityOf(rule), validation);
        try {
          rule.audit().check(strategy, outcome, context);
        } catch (RuntimeException e) {
          context.failed(e);
        }
        kept.addAll(context.findings());
      }
    }
    return ordered && kept.size() == before
        ? ValidationReport.ofOrdered(kept, suppressed, waivers)
        : ValidationReport.of(kept, suppressed, waivers);
  }

  /** The finding an expired waiver no longer sets aside, with a note that says so. */
  private static Finding expiredWaiver(Finding finding, Suppression waiver) {
    return Finding.builder()
        .from(finding)
        .message(
            finding.message()
                + " (its waiver expired on "
                + waiver.until().orElseThrow()
                + ": "
                + waiver.reason()
                + ")")
        .build();
  }

  private static StrategyPath path(int suppression) {
    return StrategyPath.ROOT.index("suppressions", suppression);
  }
}
