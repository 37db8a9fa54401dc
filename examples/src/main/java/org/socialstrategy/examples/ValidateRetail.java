package org.socialstrategy.examples;

import java.io.PrintStream;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;

/**
 * Validates the retail strategy built in code and prints its findings, the way a CI check of a
 * strategy would: the fan contest is flagged as unaligned, the Facebook shop is not.
 */
public final class ValidateRetail {

  private ValidateRetail() {}

  /**
   * Validates a strategy with the default rules and prints the report.
   *
   * @param strategy the strategy
   * @param out where to print
   * @return the report
   */
  public static ValidationReport validate(Strategy strategy, PrintStream out) {
    // snippet:validate
    StrategyValidator validator =
        StrategyValidator.builder()
            .addBuiltInRules()
            .discoverRules() // custom rules listed in META-INF/services
            .severity("tactic-without-owner", Severity.ERROR)
            .build();
    ValidationReport report = validator.validate(strategy);
    for (Finding finding : report.findings()) {
      out.println(finding);
      out.println("    fix: " + finding.fix());
    }
    out.println(report.summary());
    // end:validate
    return report;
  }

  /**
   * Validates the retail strategy and exits with 1 when it has errors.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ValidationReport report = validate(RetailStrategy.build(), System.out);
    if (report.hasErrors()) {
      System.exit(1);
    }
  }
}
