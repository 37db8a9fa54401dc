package org.socialstrategy.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.socialstrategy.scoring.validation.Rule;
import org.socialstrategy.scoring.validation.RuleOption;
import org.socialstrategy.scoring.validation.RuleOptions;
import org.socialstrategy.scoring.validation.StrategyValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sbs rules}: the rules and options a validation uses. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {"List the validation rules (built-in and discovered) and the options."},
    footerHeading = "%nExample:%n",
    footer = {"  sbs rules --severity SBS104=error"})
final class RulesCommand implements Callable<Integer> {

  @Mixin RuleSettings rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    StrategyValidator validator = Commands.validator(rules, spec);
    PrintWriter out = spec.commandLine().getOut();
    for (Rule rule : validator.rules()) {
      out.printf(
          "%-8s %-28s %-8s %s%n",
          rule.id(), rule.name(), validator.severityOf(rule).key(), rule.title());
    }
    out.println();
    out.println("Options:");
    for (RuleOption<?> option : RuleOptions.all()) {
      out.printf(
          "  %-26s %-8s %s%n",
          option.name(),
          String.valueOf(validator.option(option)).toLowerCase(java.util.Locale.ROOT),
          option.description());
    }
    out.flush();
    return Sbs.OK;
  }
}
