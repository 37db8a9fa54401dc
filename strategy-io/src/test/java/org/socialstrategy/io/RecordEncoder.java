package org.socialstrategy.io;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Enforcement;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Funding;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.Guideline;
import org.socialstrategy.model.Hub;
import org.socialstrategy.model.Identifier;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.Quantity;
import org.socialstrategy.model.RaciAssignment;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.ValueSide;
import org.socialstrategy.model.Vision;
import tools.jackson.databind.JsonNode;

/**
 * The reference for {@link StrategyEncoder}: fills the {@link FormatV1} records from a strategy,
 * for Jackson's data binding to write. Whatever equals its default is left out (empty lists, absent
 * values, a weight of 1, an unaware stakeholder, a recommended guideline). The encoder must write
 * exactly what binding these records writes, so that the records stay the one description of the
 * format that reading, writing and the schema share.
 */
final class RecordEncoder {

  private RecordEncoder() {}

  /**
   * Describes a strategy in format version 1.
   *
   * @param strategy the strategy
   * @return the file's content
   */
  static FormatV1.StrategyFile encode(Strategy strategy) {
    return new FormatV1.StrategyFile(
        FormatV1.VERSION,
        organization(strategy.organization()),
        strategy.vision().map(RecordEncoder::vision).orElse(null),
        id(strategy.sponsor()),
        list(strategy.goals(), RecordEncoder::goal),
        list(strategy.metrics(), RecordEncoder::metric),
        list(strategy.tactics(), RecordEncoder::tactic),
        list(strategy.stakeholders(), RecordEncoder::stakeholder),
        governance(strategy.governance()),
        strategy.roadmap().map(RecordEncoder::roadmap).orElse(null),
        list(strategy.platforms(), RecordEncoder::platform),
        funding(strategy.funding()),
        list(strategy.observations(), RecordEncoder::observation),
        list(strategy.suppressions(), RecordEncoder::suppression),
        extensions(strategy.extensions()));
  }

  /** Returns the elements described, or null for none, which leaves the field out. */
  private static <T, R> List<R> list(Collection<T> elements, Function<T, R> describe) {
    if (elements.isEmpty()) {
      return null;
    }
    List<R> described = new ArrayList<>(elements.size());
    for (T element : elements) {
      described.add(describe.apply(element));
    }
    return described;
  }

  private static String id(Optional<? extends Identifier> id) {
    return id.map(Identifier::value).orElse(null);
  }

  private static String text(Optional<String> text) {
    return text.orElse(null);
  }

  /** Writes a catalog value by its key when well known, by its label when custom. */
  private static String catalog(CatalogValue value) {
    return value.isWellKnown() ? value.key() : value.label();
  }

  private static String value(Enum<?> constant, Enum<?> byDefault) {
    return constant == byDefault ? null : FormatV1.value(constant);
  }

  private static FormatV1.Organization organization(Organization organization) {
    return new FormatV1.Organization(
        organization.name(), text(organization.sector()), catalog(organization.customerKind()));
  }

  private static FormatV1.Vision vision(Vision vision) {
    return new FormatV1.Vision(
        vision.statement(),
        range(vision.horizon()),
        text(vision.internalValue()),
        text(vision.customerValue()));
  }

  private static FormatV1.Goal goal(BusinessGoal goal) {
    return new FormatV1.Goal(
        goal.id().value(),
        goal.title(),
        catalog(goal.function()),
        id(goal.sponsor()),
        goal.weight() == BusinessGoal.DEFAULT_WEIGHT ? null : goal.weight(),
        text(goal.description()),
        list(goal.objectives(), RecordEncoder::objective),
        extensions(goal.extensions()));
  }

  private static FormatV1.Objective objective(Objective objective) {
    return new FormatV1.Objective(
        objective.metric().value(),
        text(objective.statement()),
        objective.baseline(),
        objective.baselineDate().map(Object::toString).orElse(null),
        objective.target(),
        objective.stretch().orElse(null),
        objective.due().toString());
  }

  private static FormatV1.Metric metric(Metric metric) {
    return new FormatV1.Metric(
        metric.id().value(),
        metric.name(),
        metric.unit(),
        FormatV1.value(metric.kind()),
        value(metric.aggregation(), Aggregation.LATEST),
        metric.valuePerUnit().map(RecordEncoder::money).orElse(null),
        text(metric.description()),
        extensions(metric.extensions()));
  }

  private static FormatV1.Tactic tactic(Tactic tactic) {
    return new FormatV1.Tactic(
        tactic.id().value(),
        tactic.name(),
        channel(tactic.channel()),
        catalog(tactic.function()),
        list(tactic.supports(), RecordEncoder::support),
        list(tactic.tracks(), Identifier::value),
        id(tactic.owner()),
        tactic.cost().map(RecordEncoder::money).orElse(null),
        tactic.window().map(RecordEncoder::range).orElse(null),
        valueExchange(tactic.value()),
        text(tactic.description()),
        extensions(tactic.extensions()));
  }

  /** A well-known channel, or a custom one of kind other, by name; else with its kind. */
  private static Object channel(Channel channel) {
    if (channel.isWellKnown() || channel.kind() == ChannelKind.OTHER) {
      return catalog(channel);
    }
    return new FormatV1.CustomChannel(channel.label(), FormatV1.value(channel.kind()));
  }

  private static Object support(GoalSupport support) {
    return support.weight().isPresent()
        ? new FormatV1.GoalLink(support.goal().value(), support.weight().getAsDouble())
        : support.goal().value();
  }

  private static FormatV1.ValueExchange valueExchange(ValueExchange exchange) {
    if (exchange.equals(ValueExchange.none())) {
      return null;
    }
    ValueSide<?> customer = exchange.customer();
    ValueSide<?> organization = exchange.organization();
    return new FormatV1.ValueExchange(
        isNone(customer)
            ? null
            : new FormatV1.CustomerSide(
                list(customer.kinds(), RecordEncoder::catalog),
                text(customer.description()),
                customer.quantity().map(RecordEncoder::quantity).orElse(null)),
        isNone(organization)
            ? null
            : new FormatV1.OrganizationSide(
                list(organization.kinds(), RecordEncoder::catalog),
                text(organization.description()),
                organization.quantity().map(RecordEncoder::quantity).orElse(null)));
  }

  private static boolean isNone(ValueSide<?> side) {
    return side.isEmpty() && side.description().isEmpty() && side.quantity().isEmpty();
  }

  private static FormatV1.Quantity quantity(Quantity quantity) {
    return new FormatV1.Quantity(quantity.amount(), quantity.unit());
  }

  private static FormatV1.Stakeholder stakeholder(Stakeholder stakeholder) {
    return new FormatV1.Stakeholder(
        stakeholder.id().value(),
        stakeholder.title(),
        stakeholder.role().map(RecordEncoder::catalog).orElse(null),
        stakeholder.function().map(RecordEncoder::catalog).orElse(null),
        stakeholder.executive() ? Boolean.TRUE : null,
        value(stakeholder.alignment(), ExecutiveAlignment.UNAWARE),
        extensions(stakeholder.extensions()));
  }

  private static FormatV1.Governance governance(Governance governance) {
    if (governance.equals(Governance.none())) {
      return null;
    }
    return new FormatV1.Governance(
        governance.hub().map(RecordEncoder::hub).orElse(null),
        governance.model().map(FormatV1::value).orElse(null),
        list(governance.guidelines(), RecordEncoder::guideline),
        list(governance.raci(), RecordEncoder::raci));
  }

  private static FormatV1.Hub hub(Hub hub) {
    return new FormatV1.Hub(
        hub.name(),
        id(hub.lead()),
        list(hub.members(), Identifier::value),
        list(hub.responsibilities(), FormatV1::value));
  }

  private static FormatV1.Guideline guideline(Guideline guideline) {
    return new FormatV1.Guideline(
        guideline.id().value(),
        guideline.title(),
        value(guideline.enforcement(), Enforcement.RECOMMENDED),
        text(guideline.description()));
  }

  private static FormatV1.Raci raci(RaciAssignment assignment) {
    return new FormatV1.Raci(
        assignment.item().kind() + ":" + assignment.item().value(),
        assignment.stakeholder().value(),
        FormatV1.value(assignment.role()));
  }

  private static FormatV1.Roadmap roadmap(Roadmap roadmap) {
    return new FormatV1.Roadmap(
        range(roadmap.horizon()), list(roadmap.initiatives(), RecordEncoder::initiative));
  }

  private static FormatV1.Initiative initiative(Initiative initiative) {
    return new FormatV1.Initiative(
        initiative.id().value(),
        initiative.name(),
        range(initiative.window()),
        list(initiative.goals(), Identifier::value),
        list(initiative.tactics(), Identifier::value),
        list(initiative.dependsOn(), Identifier::value),
        list(initiative.platforms(), Identifier::value),
        allocations(initiative.allocations()),
        text(initiative.description()),
        extensions(initiative.extensions()));
  }

  private static Map<String, FormatV1.Allocation> allocations(Map<Year, Allocation> allocations) {
    if (allocations.isEmpty()) {
      return null;
    }
    Map<String, FormatV1.Allocation> byYear = new LinkedHashMap<>();
    allocations.forEach(
        (year, allocation) ->
            byYear.put(
                year.toString(),
                new FormatV1.Allocation(money(allocation.budget()), allocation.staff())));
    return byYear;
  }

  private static FormatV1.Platform platform(TechnologyPlatform platform) {
    return new FormatV1.Platform(
        platform.id().value(),
        platform.name(),
        catalog(platform.category()),
        platform.annualCost().map(RecordEncoder::money).orElse(null),
        text(platform.description()),
        extensions(platform.extensions()));
  }

  private static FormatV1.Funding funding(Funding funding) {
    if (funding.equals(Funding.none())) {
      return null;
    }
    return new FormatV1.Funding(
        allocations(funding.perYear()),
        list(funding.agencies(), Function.identity()),
        text(funding.trainingPlan()));
  }

  private static FormatV1.Observation observation(Observation observation) {
    String period = PeriodText.format(observation.period());
    return new FormatV1.Observation(
        period != null ? period : range(observation.period()),
        observation.metric().value(),
        id(observation.tactic()),
        observation.value());
  }

  private static FormatV1.Suppression suppression(Suppression suppression) {
    return new FormatV1.Suppression(
        suppression.rule(), suppression.subject().toString(), suppression.reason());
  }

  private static FormatV1.Money money(Money money) {
    return new FormatV1.Money(money.amount(), money.currency().getCurrencyCode());
  }

  private static FormatV1.Range range(DateRange range) {
    return new FormatV1.Range(range.start().toString(), range.end().toString());
  }

  /** Returns the extensions as JSON values, decimals exact, or null for none. */
  private static Map<String, JsonNode> extensions(Map<String, ExtensionValue> extensions) {
    if (extensions.isEmpty()) {
      return null;
    }
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    extensions.forEach((key, value) -> nodes.put(key, StrategyEncoder.node(value)));
    return nodes;
  }
}
