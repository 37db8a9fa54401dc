package org.socialstrategy.scoring.validation;

import java.util.List;
import java.util.Locale;
import org.socialstrategy.model.ExecutiveAlignment;

/**
 * The thresholds the built-in rules read, with their defaults. Each rule lists the options it reads
 * in its {@link RuleInfo#options()}; {@link #all()} gathers them from the catalog.
 */
public final class RuleOptions {

  /**
   * The share of executives that must stand behind the strategy, in [0, 1]; default 0.5, the figure
   * below which surveys find executive support failing.
   */
  public static final RuleOption<Double> EXECUTIVE_SUPPORT_SHARE =
      RuleOption.of(
          "executive-support-share",
          "share of executives that must be at least at the support level, from 0 to 1",
          0.5,
          RuleOptions::share);

  /**
   * How far an executive must stand behind the strategy to count as supporting it; default {@link
   * ExecutiveAlignment#ENGAGED}: taking part in its decisions, not merely told of it.
   */
  public static final RuleOption<ExecutiveAlignment> EXECUTIVE_SUPPORT_LEVEL =
      RuleOption.of(
          "executive-support-level",
          "alignment an executive needs to count as supporting: informed, engaged or aligned",
          ExecutiveAlignment.ENGAGED,
          text -> ExecutiveAlignment.valueOf(text.toUpperCase(Locale.ROOT)));

  /** The shortest vision horizon in years; default 3. */
  public static final RuleOption<Integer> MINIMUM_VISION_YEARS =
      RuleOption.of(
          "minimum-vision-years",
          "shortest horizon a vision may have, in years",
          3,
          RuleOptions::years);

  /** The shortest roadmap horizon in years; default 3, as a strategic roadmap looks out. */
  public static final RuleOption<Integer> MINIMUM_ROADMAP_YEARS =
      RuleOption.of(
          "minimum-roadmap-years",
          "shortest horizon a roadmap may have, in years",
          3,
          RuleOptions::years);

  private RuleOptions() {}

  /**
   * Returns every option a built-in rule reads, in the order of the rules that read them.
   *
   * @return the options
   */
  public static List<RuleOption<?>> all() {
    return Gathered.ALL;
  }

  /** The options of the built-in rules, gathered on first use, once the rules exist. */
  private static final class Gathered {
    static final List<RuleOption<?>> ALL =
        BuiltInRules.all().stream().flatMap(rule -> rule.options().stream()).distinct().toList();
  }

  private static Double share(String text) {
    double share = number(text);
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("a share lies between 0 and 1");
    }
    return share;
  }

  private static Integer years(String text) {
    double years = number(text);
    if (years < 1 || years != Math.rint(years) || years > 100) {
      throw new IllegalArgumentException("a whole number of years from 1 to 100");
    }
    return (int) years;
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number", e);
    }
  }
}
