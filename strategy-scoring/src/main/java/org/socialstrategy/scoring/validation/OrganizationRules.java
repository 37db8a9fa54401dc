package org.socialstrategy.scoring.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.SubjectKind;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.Vision;
import org.socialstrategy.scoring.SuccessFactor;

/**
 * Rules about the organization around the strategy (SBS2xx): executive sponsorship and support,
 * reach beyond one business function, and a long-term vision.
 */
public final class OrganizationRules {

  /** SBS201: the strategy has no executive sponsor. */
  public static final Rule NO_EXECUTIVE_SPONSOR =
      Rule.builder("SBS201", "no-executive-sponsor")
          .title("Strategy has no executive sponsor")
          .severity(Severity.WARNING)
          .family(RuleFamily.ORGANIZATION)
          .factor(SuccessFactor.EXECUTIVE_SUPPORT)
          .rationale(
              "Social stays a marketing silo until a key executive backs it; scaling it across the"
                  + " business takes the sponsorship of someone who speaks for business value.")
          .perStrategy(
              (strategy, context) -> {
                StrategyPath path = StrategyPath.ROOT.field("sponsor");
                Optional<Stakeholder> sponsor = strategy.sponsor().flatMap(strategy::stakeholder);
                if (sponsor.isEmpty()) {
                  context.report(
                      Subject.STRATEGY,
                      path,
                      "the strategy has no executive sponsor",
                      "name the executive who backs the strategy and answers for its results");
                } else if (!sponsor.get().executive()) {
                  context.report(
                      Subject.STRATEGY,
                      path,
                      "the strategy's sponsor "
                          + Elements.quoted(sponsor.get().id())
                          + " is not an executive",
                      "find a sponsor in the C-suite, or record that the sponsor is an executive");
                }
              });

  /** SBS202: too few executives stand behind the strategy. */
  public static final Rule WEAK_EXECUTIVE_SUPPORT =
      Rule.builder("SBS202", "weak-executive-support")
          .title("Too few executives support the strategy")
          .severity(Severity.WARNING)
          .family(RuleFamily.ORGANIZATION)
          .factor(SuccessFactor.EXECUTIVE_SUPPORT)
          .options(RuleOptions.EXECUTIVE_SUPPORT_SHARE, RuleOptions.EXECUTIVE_SUPPORT_LEVEL)
          .rationale(
              "Surveys find only about half of top executives informed, engaged and aligned with"
                  + " their company's social strategy. Below the threshold (option"
                  + " executive-support-share, default 0.5, at option executive-support-level,"
                  + " default engaged), the strategy lacks the support it needs to scale.")
          .perStrategy(
              (strategy, context) -> {
                ExecutiveAlignment level = context.option(RuleOptions.EXECUTIVE_SUPPORT_LEVEL);
                double threshold = context.option(RuleOptions.EXECUTIVE_SUPPORT_SHARE);
                List<Stakeholder> executives =
                    strategy.stakeholders().stream().filter(Stakeholder::executive).toList();
                StrategyPath path = StrategyPath.ROOT.field("stakeholders");
                if (executives.isEmpty()) {
                  context.report(
                      Subject.STRATEGY,
                      path,
                      "the strategy names no executives, so their support cannot be shown",
                      "list the executives with a stake in it and how far each stands behind it");
                  return;
                }
                long supporting =
                    executives.stream().filter(e -> e.alignment().isAtLeast(level)).count();
                if (supporting < threshold * executives.size()) {
                  context.report(
                      Subject.STRATEGY,
                      path,
                      "only "
                          + supporting
                          + " of "
                          + Elements.count(executives.size(), "executive")
                          + " ("
                          + percent((double) supporting / executives.size())
                          + ") are at least "
                          + level.name().toLowerCase(Locale.ROOT)
                          + ", below "
                          + percent(threshold),
                      "make the case in the language of the C-suite and bring executives into the"
                          + " strategy's decisions");
                }
              });

  /** SBS203: every tactic sits in one business function. */
  public static final Rule SINGLE_FUNCTION_SILO =
      Rule.builder("SBS203", "single-function-silo")
          .title("All tactics sit in one business function")
          .severity(Severity.WARNING)
          .family(RuleFamily.ORGANIZATION)
          .factor(SuccessFactor.EXECUTIVE_SUPPORT)
          .rationale(
              "Social adds value well beyond marketing: customer service, product innovation,"
                  + " sales, talent acquisition, employee engagement. Only 28% of companies have a"
                  + " holistic approach; a strategy whose tactics all sit in one function is still a"
                  + " silo.")
          .perStrategy(
              (strategy, context) -> {
                List<Tactic> tactics = strategy.tactics();
                if (tactics.size() < 2) {
                  return;
                }
                Set<BusinessFunction> functions = new LinkedHashSet<>();
                for (Tactic tactic : tactics) {
                  functions.add(tactic.function());
                  if (functions.size() > 1) {
                    return;
                  }
                }
                BusinessFunction only = functions.iterator().next();
                context.report(
                    Subject.STRATEGY,
                    StrategyPath.ROOT.field("tactics"),
                    "all "
                        + tactics.size()
                        + " tactics sit in "
                        + only.label().toLowerCase(Locale.ROOT)
                        + ": social is still a silo",
                    "put social to work for other functions too: customer service, product"
                        + " innovation, sales, talent acquisition");
              });

  /** SBS204: the strategy states no vision. */
  public static final Rule NO_VISION =
      Rule.builder("SBS204", "no-vision")
          .title("Strategy states no vision")
          .severity(Severity.WARNING)
          .family(RuleFamily.ORGANIZATION)
          .factor(SuccessFactor.LONG_TERM_VISION)
          .rationale(
              "A long-term vision says what becoming a social business means for stakeholders inside"
                  + " and for customers outside; without it, initiatives have nothing in common.")
          .perStrategy(
              (strategy, context) -> {
                if (strategy.vision().isEmpty()) {
                  context.report(
                      Subject.STRATEGY,
                      StrategyPath.ROOT.field("vision"),
                      "the strategy states no long-term vision",
                      "say what becoming a social business will mean for customers and stakeholders,"
                          + " over three years or more");
                }
              });

  /** SBS205: the vision looks out less than the minimum number of years. */
  public static final Rule SHORT_VISION =
      Rule.builder("SBS205", "short-vision")
          .title("Vision horizon is too short")
          .severity(Severity.WARNING)
          .family(RuleFamily.ORGANIZATION)
          .factor(SuccessFactor.LONG_TERM_VISION)
          .options(RuleOptions.MINIMUM_VISION_YEARS)
          .rationale("A vision is long-term: three years or more (option minimum-vision-years).")
          .perStrategy(
              (strategy, context) -> {
                int years = context.option(RuleOptions.MINIMUM_VISION_YEARS);
                Optional<Vision> vision = strategy.vision();
                if (vision.isPresent() && !Elements.spansYears(vision.get().horizon(), years)) {
                  context.report(
                      Subject.of(SubjectKind.VISION),
                      StrategyPath.ROOT.field("vision").field("horizon"),
                      "the vision's horizon "
                          + vision.get().horizon()
                          + " is shorter than "
                          + Elements.count(years, "year"),
                      "look out " + Elements.count(years, "year") + " or more");
                }
              });

  private OrganizationRules() {}

  private static String percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
