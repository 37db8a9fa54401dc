package org.socialstrategy.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.PlatformCategory;
import org.socialstrategy.model.Quantity;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderRole;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.SubjectKind;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.ValueSide;

/**
 * Adds to a generated strategy what the plain generator leaves out but files must carry: custom
 * catalog values (channels of every kind, functions, roles, categories, kinds of value and of
 * customer), {@code x-} extensions with nested values and decimals whose trailing zeros count,
 * suppressions, optional values left out, observation periods of every shape and sources, a
 * touchpoint mapping with rules of every form, and texts that are easy to mangle (number-like,
 * multi-line, quoted, non-ASCII).
 *
 * <p>It draws from its own random source, seeded from the generator's seed, so the plain strategy
 * stays exactly what it was.
 */
final class FileEdgeCases {

  /** Keeps this source apart from the generator's own. */
  private static final long SALT = 0x5DEECE66DL;

  private static final List<Channel> CUSTOM_CHANNELS =
      List.of(
          Channel.custom("Mastodon", ChannelKind.SOCIAL_NETWORK),
          Channel.custom("Discord server", ChannelKind.COMMUNITY),
          Channel.custom("Podcast", ChannelKind.OWNED_DIGITAL),
          Channel.custom("Town hall meetings", ChannelKind.OFFLINE),
          Channel.of("Carrier pigeon"));

  private static final List<String> TEXTS =
      List.of(
          "yes",
          "null",
          "2027",
          "1e3",
          "0x10",
          "~",
          "",
          "#hashtag",
          "- not a list",
          "key: value",
          "50% off, \"quoted\" and 'single'",
          "first line\nsecond line\n",
          "no final break\nhere",
          " leading and trailing ",
          "tab\tseparated",
          "unicode ✓ é 日本語 🎉",
          "[brackets] {braces}",
          "back\\slash");

  private static final List<String> RULE_KEYS =
      List.of("email", "Newsletter / email", "google / cpc / spring-sale", "(not set) / referral");

  private final SplittableRandom random;

  private FileEdgeCases(long seed) {
    this.random = new SplittableRandom(seed ^ SALT);
  }

  /**
   * Returns the strategy with extras added.
   *
   * @param strategy a generated strategy
   * @param seed the generator's seed
   * @return the strategy with extras, valid like the original
   */
  static Strategy apply(Strategy strategy, long seed) {
    return new FileEdgeCases(seed).extend(strategy);
  }

  private Strategy extend(Strategy strategy) {
    Strategy.Builder extended =
        Strategy.builder()
            .from(strategy)
            .organization(organization(strategy.organization()))
            .goals(map(strategy.goals(), this::goal))
            .metrics(map(strategy.metrics(), this::metric))
            .tactics(map(strategy.tactics(), this::tactic))
            .stakeholders(map(strategy.stakeholders(), this::stakeholder))
            .platforms(map(strategy.platforms(), this::platform))
            .observations(map(strategy.observations(), this::observation))
            .putExtension(
                "x-generator",
                object(
                    "tool", ExtensionValue.text("strategy-testkit"),
                    "version", decimal("1.0"),
                    "seeds", ExtensionValue.list(List.of(decimal("42"), decimal("-7.250")))));
    strategy
        .roadmap()
        .ifPresent(
            roadmap ->
                extended.roadmap(
                    Roadmap.builder()
                        .from(roadmap)
                        .initiatives(map(roadmap.initiatives(), this::initiative))
                        .build()));
    if (!strategy.tactics().isEmpty() && !strategy.metrics().isEmpty() && chance(2)) {
      extended.attribution(attribution(strategy));
    }
    if (!strategy.tactics().isEmpty()) {
      Tactic tactic = tactic(strategy);
      extended.addSuppression(
          Suppression.of(
              "SBS101", Subject.of(tactic.id()), "a pilot, reviewed at the end of the quarter"));
    }
    extended.addSuppression(
        Suppression.of("vanity-only-metrics", Subject.STRATEGY, "fans count for the sponsor"));
    extended.addSuppression(
        Suppression.of("SBS301", Subject.of(SubjectKind.ROADMAP), "the roadmap is being redone"));
    return extended.build();
  }

  private static <T> List<T> map(List<T> elements, Function<T, T> change) {
    List<T> changed = new ArrayList<>(elements.size());
    for (T element : elements) {
      changed.add(change.apply(element));
    }
    return changed;
  }

  private boolean chance(int inN) {
    return random.nextInt(inN) == 0;
  }

  private String text() {
    return TEXTS.get(random.nextInt(TEXTS.size()));
  }

  private static ExtensionValue decimal(String value) {
    return ExtensionValue.decimal(new BigDecimal(value));
  }

  private static ExtensionValue object(Object... namesAndValues) {
    Map<String, ExtensionValue> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], (ExtensionValue) namesAndValues[i + 1]);
    }
    return ExtensionValue.object(fields);
  }

  /** Extensions of every shape: nested objects and lists, exact decimals, booleans, null. */
  private Map<String, ExtensionValue> extensions() {
    Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
    if (chance(3)) {
      extensions.put("x-priority", decimal(random.nextBoolean() ? "2.50" : "1E+3"));
    }
    if (chance(3)) {
      extensions.put(
          "x-tags",
          ExtensionValue.list(
              List.of(
                  ExtensionValue.text(text()),
                  ExtensionValue.bool(random.nextBoolean()),
                  ExtensionValue.nullValue(),
                  ExtensionValue.list(List.of()))));
    }
    if (chance(4)) {
      extensions.put(
          "x-owner-team",
          object(
              "name", ExtensionValue.text("Social CoE"),
              "budget-code", decimal("4100.000"),
              "empty", ExtensionValue.object(Map.of()),
              "2027", ExtensionValue.text(text())));
    }
    return extensions;
  }

  private Organization organization(Organization organization) {
    return chance(3)
        ? Organization.builder()
            .from(organization)
            .customerKind(CustomerKind.of("Season ticket holder"))
            .build()
        : organization;
  }

  private BusinessGoal goal(BusinessGoal goal) {
    BusinessGoal.Builder changed = BusinessGoal.builder().from(goal);
    if (chance(3)) {
      changed.weight(BusinessGoal.DEFAULT_WEIGHT);
    }
    if (chance(3)) {
      changed.description(text());
    }
    if (chance(4)) {
      changed.function(BusinessFunction.of("Community relations"));
    }
    changed.objectives(map(goal.objectives(), this::objective));
    return changed.putAllExtensions(extensions()).build();
  }

  private Objective objective(Objective objective) {
    if (!chance(3)) {
      return objective;
    }
    return Objective.builder()
        .metric(objective.metric())
        .baseline(objective.baseline().setScale(objective.baseline().scale() + 2))
        .target(objective.target().setScale(objective.target().scale() + 1))
        .due(objective.due())
        .build();
  }

  private Metric metric(Metric metric) {
    Metric.Builder changed = Metric.builder().from(metric);
    if (chance(3)) {
      changed.description(text());
    }
    return changed.putAllExtensions(extensions()).build();
  }

  private Tactic tactic(Tactic tactic) {
    Tactic.Builder changed = Tactic.builder().from(chance(4) ? withoutOptionals(tactic) : tactic);
    if (chance(3)) {
      changed.channel(CUSTOM_CHANNELS.get(random.nextInt(CUSTOM_CHANNELS.size())));
    }
    if (chance(5)) {
      changed.function(BusinessFunction.of("Community relations"));
    }
    if (chance(3)) {
      changed.description(text());
    }
    if (chance(3)) {
      changed.value(
          ValueExchange.of(
              ValueSide.<CustomerValue>builder()
                  .addKind(CustomerValue.SAVINGS)
                  .addKind(CustomerValue.of("Early recipes"))
                  .description(text())
                  .quantity(Quantity.of("15.0", "percent"))
                  .build(),
              ValueSide.<OrganizationValue>builder()
                  .addKind(OrganizationValue.of("Recipe ideas"))
                  .quantity(Quantity.of("120", "ideas a quarter"))
                  .build()));
    }
    return changed.putAllExtensions(extensions()).build();
  }

  /** The tactic with only its required values and its links. */
  private static Tactic withoutOptionals(Tactic tactic) {
    return Tactic.builder()
        .id(tactic.id())
        .name(tactic.name())
        .channel(tactic.channel())
        .function(tactic.function())
        .supports(tactic.supports())
        .tracks(tactic.tracks())
        .build();
  }

  private Stakeholder stakeholder(Stakeholder stakeholder) {
    Stakeholder.Builder changed = Stakeholder.builder().from(stakeholder);
    if (chance(4)) {
      changed.role(StakeholderRole.of("Board advisor"));
    }
    return changed.putAllExtensions(extensions()).build();
  }

  private Initiative initiative(Initiative initiative) {
    Initiative.Builder changed = Initiative.builder().from(initiative);
    if (chance(3)) {
      changed.description(text());
    }
    return changed.putAllExtensions(extensions()).build();
  }

  private TechnologyPlatform platform(TechnologyPlatform platform) {
    TechnologyPlatform.Builder changed = TechnologyPlatform.builder().from(platform);
    if (chance(3)) {
      changed.category(PlatformCategory.of("Employee app"));
    }
    return changed.putAllExtensions(extensions()).build();
  }

  /**
   * A mapping of touchpoints to the strategy's tactics with rules of every form (an exact key of
   * one, two or three parts, a channel pattern, source, medium and campaign patterns) and texts
   * that are easy to mangle; a value metric when the strategy has a second metric.
   */
  private TouchpointMapping attribution(Strategy strategy) {
    List<Metric> metrics = strategy.metrics();
    Metric conversions = metrics.get(random.nextInt(metrics.size()));
    TouchpointMapping.Builder mapping =
        TouchpointMapping.builder().conversionMetric(conversions.id());
    if (metrics.size() > 1 && chance(2)) {
      mapping.valueMetric(metrics.get((metrics.indexOf(conversions) + 1) % metrics.size()).id());
    }
    int rules = 1 + random.nextInt(5);
    for (int i = 0; i < rules; i++) {
      TouchpointRule.Builder rule = TouchpointRule.builder().tactic(tactic(strategy).id());
      switch (random.nextInt(5)) {
        case 0 -> rule.key(RULE_KEYS.get(random.nextInt(RULE_KEYS.size())));
        case 1 -> rule.channel(random.nextBoolean() ? "display-*" : pattern());
        case 2 -> rule.source(pattern()).medium("cpc");
        case 3 -> rule.medium(random.nextBoolean() ? "e?ail" : pattern());
        default -> rule.source("facebook").medium("social").campaign(pattern());
      }
      mapping.addRule(rule.build());
    }
    return mapping.build();
  }

  private Tactic tactic(Strategy strategy) {
    return strategy.tactics().get(random.nextInt(strategy.tactics().size()));
  }

  /** A pattern that is not blank: a mangle-prone text, or a glob. */
  private String pattern() {
    String text = text();
    return text.isBlank() ? "spring-*" : text;
  }

  /** Periods of every shape: a day, a quarter, a year, any range; values with trailing zeros. */
  private Observation observation(Observation observation) {
    if (chance(5)) {
      return Observation.builder().from(observation).source(pattern()).build();
    }
    if (!chance(2)) {
      return observation;
    }
    LocalDate start = observation.period().start();
    DateRange period;
    switch (random.nextInt(4)) {
      case 0:
        period = DateRange.of(start, start);
        break;
      case 1:
        period = DateRange.of(start.withMonth(1), start.withMonth(3).withDayOfMonth(31));
        break;
      case 2:
        period = DateRange.years(start.getYear(), start.getYear());
        break;
      default:
        period = DateRange.of(start.plusDays(3), start.plusDays(3 + random.nextInt(60)));
        break;
    }
    return Observation.builder()
        .from(observation)
        .period(period)
        .value(observation.value().setScale(observation.value().scale() + random.nextInt(4)))
        .build();
  }
}
