package org.socialstrategy.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.scoring.validation.Rule;
import org.socialstrategy.scoring.validation.RuleFamily;
import org.socialstrategy.scoring.validation.RuleProvider;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;

/**
 * A house rule of Acme's: every tactic that spends more than 10,000 needs an executive owner.
 * Registered through the API here, and through {@code META-INF/services} (this class is also a
 * {@link RuleProvider}), so that {@code StrategyValidator.defaults()} and {@code sbs} find it when
 * this module is on the class path.
 */
public final class CustomRule implements RuleProvider {

  // snippet:custom-rule
  private static final BigDecimal LIMIT = new BigDecimal("10000");

  /** ACME001: a big tactic needs an executive owner. */
  public static final Rule BIG_TACTIC_EXECUTIVE_OWNER =
      Rule.builder("ACME001", "big-tactic-executive-owner")
          .title("Tactic over 10,000 without an executive owner")
          .severity(Severity.WARNING)
          .family(RuleFamily.TACTICS)
          .rationale("At Acme, spend above 10,000 is answered for by an executive.")
          .perTactic(
              (strategy, tactic, context) -> {
                Money cost = tactic.cost().orElse(null);
                boolean executive =
                    tactic
                        .owner()
                        .flatMap(strategy::stakeholder)
                        .map(Stakeholder::executive)
                        .orElse(false);
                if (cost != null && cost.amount().compareTo(LIMIT) > 0 && !executive) {
                  context.report(
                      tactic,
                      "tactic '"
                          + tactic.id()
                          + "' spends "
                          + cost.display()
                          + " without an executive owner",
                      "make an executive its owner, or split it");
                }
              });

  // end:custom-rule

  /** Creates the provider; {@link java.util.ServiceLoader} needs a public constructor. */
  public CustomRule() {}

  @Override
  public List<Rule> rules() {
    return List.of(BIG_TACTIC_EXECUTIVE_OWNER);
  }

  /**
   * Validates the retail strategy with the house rule added through the API.
   *
   * @param out where to print
   * @return the report
   */
  public static ValidationReport validate(PrintStream out) {
    // snippet:register
    StrategyValidator validator =
        StrategyValidator.builder().addBuiltInRules().addRule(BIG_TACTIC_EXECUTIVE_OWNER).build();
    ValidationReport report = validator.validate(RetailStrategy.build());
    report.byRule("big-tactic-executive-owner").findings().forEach(out::println);
    // end:register
    return report;
  }

  /**
   * Prints the house rule's findings on the retail strategy.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    validate(System.out);
  }
}
