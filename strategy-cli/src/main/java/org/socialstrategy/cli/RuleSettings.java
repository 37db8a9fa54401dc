package org.socialstrategy.cli;

import java.util.ArrayList;
import java.util.List;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.StrategyValidator;
import picocli.CommandLine.Option;

/** The options that shape the validator: rules off, severities changed, thresholds set. */
final class RuleSettings {

  @Option(
      names = "--disable",
      paramLabel = "RULE",
      description = "Turn a rule off, by id or name (SBS108 or tactic-without-window). Repeatable.")
  List<String> disabled = new ArrayList<>();

  @Option(
      names = "--severity",
      paramLabel = "RULE=LEVEL",
      description = "Change a rule's severity: error, warning or info. Repeatable.")
  List<String> severities = new ArrayList<>();

  @Option(
      names = "--option",
      paramLabel = "NAME=VALUE",
      description =
          "Set a rule threshold, such as executive-support-share=0.75 (see docs/rules.md)."
              + " Repeatable.")
  List<String> options = new ArrayList<>();

  /**
   * Builds the validator these settings describe.
   *
   * @return the validator
   * @throws IllegalArgumentException for an unknown rule or option, or a bad value
   */
  StrategyValidator validator() {
    StrategyValidator.Builder builder =
        StrategyValidator.builder().addBuiltInRules().discoverRules();
    disabled.forEach(builder::disable);
    for (String setting : severities) {
      String[] parts = pair(setting, "--severity", "RULE=LEVEL");
      builder.severity(parts[0], Severity.parse(parts[1]));
    }
    for (String setting : options) {
      String[] parts = pair(setting, "--option", "NAME=VALUE");
      builder.option(parts[0], parts[1]);
    }
    return builder.build();
  }

  private static String[] pair(String setting, String option, String form) {
    int equals = setting.indexOf('=');
    if (equals <= 0 || equals == setting.length() - 1) {
      throw new IllegalArgumentException(option + " takes " + form + ": '" + setting + "'");
    }
    return new String[] {
      setting.substring(0, equals).strip(), setting.substring(equals + 1).strip()
    };
  }
}
