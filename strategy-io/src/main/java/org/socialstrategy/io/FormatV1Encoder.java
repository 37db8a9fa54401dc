package org.socialstrategy.io;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.ValueSide;
import org.socialstrategy.model.Vision;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes a strategy in format version 1 straight to a generator: the objects of the {@link
 * FormatV1} records, their fields in component order, with the generator calls that binding the
 * records would make, so the text is the same byte for byte (a test holds it to that) without
 * making the records first. Whatever equals its default is left out (empty lists, absent values, a
 * weight of 1, an unaware stakeholder, a recommended guideline), so that a written file says only
 * what the strategy says; reading it back gives an equal strategy.
 */
final class FormatV1Encoder {

  /**
   * The field names of the format, each quoted and escaped once, as binding writes names; a name is
   * found by its literal, whose hash the string keeps.
   */
  private static final Map<String, SerializableString> NAMES = quoted(FormatV1Shapes.names());

  private final JsonGenerator out;

  private FormatV1Encoder(JsonGenerator out) {
    this.out = out;
  }

  /**
   * Writes a strategy as one document.
   *
   * @param strategy the strategy
   * @param out the generator, made by the writer of the notation
   */
  static void write(Strategy strategy, JsonGenerator out) {
    new FormatV1Encoder(out).strategy(strategy);
  }

  private void strategy(Strategy strategy) {
    out.writeStartObject();
    name("formatVersion");
    out.writeNumber(FormatV1.VERSION);
    name("organization");
    organization(strategy.organization());
    object("vision", strategy.vision(), this::vision);
    id("sponsor", strategy.sponsor());
    list("goals", strategy.goals(), this::goal);
    list("metrics", strategy.metrics(), this::metric);
    list("tactics", strategy.tactics(), this::tactic);
    list("stakeholders", strategy.stakeholders(), this::stakeholder);
    if (!strategy.governance().equals(Governance.none())) {
      name("governance");
      governance(strategy.governance());
    }
    object("roadmap", strategy.roadmap(), this::roadmap);
    list("platforms", strategy.platforms(), this::platform);
    if (!strategy.funding().equals(Funding.none())) {
      name("funding");
      funding(strategy.funding());
    }
    list("observations", strategy.observations(), this::observation);
    object("attribution", strategy.attribution(), this::attribution);
    list("suppressions", strategy.suppressions(), this::suppression);
    extensions(strategy.extensions());
    out.writeEndObject();
  }

  private static Map<String, SerializableString> quoted(Collection<String> names) {
    Map<String, SerializableString> quoted = new HashMap<>();
    for (String name : names) {
      quoted.put(name, new SerializedString(name));
    }
    return quoted;
  }

  /** Writes a field name of the format. */
  private void name(String name) {
    out.writeName(NAMES.get(name));
  }

  /** Writes a text field; null leaves it out. */
  private void text(String name, String value) {
    if (value != null) {
      name(name);
      out.writeString(value);
    }
  }

  private void text(String name, Optional<String> value) {
    if (value.isPresent()) {
      text(name, value.get());
    }
  }

  private void id(String name, Optional<? extends Identifier> id) {
    if (id.isPresent()) {
      text(name, id.get().value());
    }
  }

  /** Writes a catalog value by its key when well known, by its label when custom. */
  private void catalog(String name, CatalogValue value) {
    text(name, catalog(value));
  }

  private static String catalog(CatalogValue value) {
    return value.isWellKnown() ? value.key() : value.label();
  }

  /** Writes an enum constant's text, unless the constant is the default, which is left out. */
  private void value(String name, Enum<?> constant, Enum<?> byDefault) {
    if (constant != byDefault) {
      text(name, FormatV1.value(constant));
    }
  }

  private void number(String name, BigDecimal value) {
    name(name);
    out.writeNumber(value);
  }

  private <T> void object(String name, Optional<T> value, Consumer<T> write) {
    if (value.isPresent()) {
      name(name);
      write.accept(value.get());
    }
  }

  /** Writes a list field; an empty list is left out. */
  private <T> void list(String name, Collection<T> elements, Consumer<T> write) {
    if (!elements.isEmpty()) {
      name(name);
      out.writeStartArray();
      for (T element : elements) {
        write.accept(element);
      }
      out.writeEndArray();
    }
  }

  private void ids(String name, List<? extends Identifier> ids) {
    list(name, ids, id -> out.writeString(id.value()));
  }

  private void organization(Organization organization) {
    out.writeStartObject();
    text("name", organization.name());
    text("sector", organization.sector());
    catalog("customerKind", organization.customerKind());
    out.writeEndObject();
  }

  private void vision(Vision vision) {
    out.writeStartObject();
    text("statement", vision.statement());
    name("horizon");
    range(vision.horizon());
    text("internalValue", vision.internalValue());
    text("customerValue", vision.customerValue());
    out.writeEndObject();
  }

  private void goal(BusinessGoal goal) {
    out.writeStartObject();
    text("id", goal.id().value());
    text("title", goal.title());
    catalog("function", goal.function());
    id("sponsor", goal.sponsor());
    if (goal.weight() != BusinessGoal.DEFAULT_WEIGHT) {
      name("weight");
      out.writeNumber(goal.weight());
    }
    text("description", goal.description());
    list("objectives", goal.objectives(), this::objective);
    extensions(goal.extensions());
    out.writeEndObject();
  }

  private void objective(Objective objective) {
    out.writeStartObject();
    text("metric", objective.metric().value());
    text("statement", objective.statement());
    number("baseline", objective.baseline());
    if (objective.baselineDate().isPresent()) {
      text("baselineDate", objective.baselineDate().get().toString());
    }
    number("target", objective.target());
    if (objective.stretch().isPresent()) {
      number("stretch", objective.stretch().get());
    }
    text("due", objective.due().toString());
    out.writeEndObject();
  }

  private void metric(Metric metric) {
    out.writeStartObject();
    text("id", metric.id().value());
    text("name", metric.name());
    text("unit", metric.unit());
    text("kind", FormatV1.value(metric.kind()));
    value("aggregation", metric.aggregation(), Aggregation.LATEST);
    object("valuePerUnit", metric.valuePerUnit(), this::money);
    text("description", metric.description());
    extensions(metric.extensions());
    out.writeEndObject();
  }

  private void tactic(Tactic tactic) {
    out.writeStartObject();
    text("id", tactic.id().value());
    text("name", tactic.name());
    channel(tactic.channel());
    catalog("function", tactic.function());
    list("supports", tactic.supports(), this::support);
    ids("tracks", tactic.tracks());
    id("owner", tactic.owner());
    object("cost", tactic.cost(), this::money);
    object("window", tactic.window(), this::range);
    valueExchange(tactic.value());
    text("description", tactic.description());
    extensions(tactic.extensions());
    out.writeEndObject();
  }

  /** A well-known channel, or a custom one of kind other, by name; else with its kind. */
  private void channel(Channel channel) {
    if (channel.isWellKnown() || channel.kind() == ChannelKind.OTHER) {
      catalog("channel", channel);
      return;
    }
    name("channel");
    out.writeStartObject();
    text("name", channel.label());
    text("kind", FormatV1.value(channel.kind()));
    out.writeEndObject();
  }

  private void support(GoalSupport support) {
    if (support.weight().isEmpty()) {
      out.writeString(support.goal().value());
      return;
    }
    out.writeStartObject();
    text("goal", support.goal().value());
    name("weight");
    out.writeNumber(support.weight().getAsDouble());
    out.writeEndObject();
  }

  private void valueExchange(ValueExchange exchange) {
    if (exchange.equals(ValueExchange.none())) {
      return;
    }
    name("value");
    out.writeStartObject();
    valueSide("customer", exchange.customer());
    valueSide("organization", exchange.organization());
    out.writeEndObject();
  }

  private void valueSide(String name, ValueSide<?> side) {
    if (side.isEmpty() && side.description().isEmpty() && side.quantity().isEmpty()) {
      return;
    }
    name(name);
    out.writeStartObject();
    list("kinds", side.kinds(), kind -> out.writeString(catalog(kind)));
    text("description", side.description());
    object("quantity", side.quantity(), this::quantity);
    out.writeEndObject();
  }

  private void quantity(Quantity quantity) {
    out.writeStartObject();
    number("amount", quantity.amount());
    text("unit", quantity.unit());
    out.writeEndObject();
  }

  private void stakeholder(Stakeholder stakeholder) {
    out.writeStartObject();
    text("id", stakeholder.id().value());
    text("title", stakeholder.title());
    if (stakeholder.role().isPresent()) {
      catalog("role", stakeholder.role().get());
    }
    if (stakeholder.function().isPresent()) {
      catalog("function", stakeholder.function().get());
    }
    if (stakeholder.executive()) {
      name("executive");
      out.writeBoolean(true);
    }
    value("alignment", stakeholder.alignment(), ExecutiveAlignment.UNAWARE);
    extensions(stakeholder.extensions());
    out.writeEndObject();
  }

  private void governance(Governance governance) {
    out.writeStartObject();
    object("hub", governance.hub(), this::hub);
    if (governance.model().isPresent()) {
      text("model", FormatV1.value(governance.model().get()));
    }
    list("guidelines", governance.guidelines(), this::guideline);
    list("raci", governance.raci(), this::raci);
    out.writeEndObject();
  }

  private void hub(Hub hub) {
    out.writeStartObject();
    text("name", hub.name());
    id("lead", hub.lead());
    ids("members", hub.members());
    list(
        "responsibilities",
        hub.responsibilities(),
        responsibility -> out.writeString(FormatV1.value(responsibility)));
    out.writeEndObject();
  }

  private void guideline(Guideline guideline) {
    out.writeStartObject();
    text("id", guideline.id().value());
    text("title", guideline.title());
    value("enforcement", guideline.enforcement(), Enforcement.RECOMMENDED);
    text("description", guideline.description());
    out.writeEndObject();
  }

  private void raci(RaciAssignment assignment) {
    out.writeStartObject();
    text("item", assignment.item().kind() + ":" + assignment.item().value());
    text("stakeholder", assignment.stakeholder().value());
    text("role", FormatV1.value(assignment.role()));
    out.writeEndObject();
  }

  private void roadmap(Roadmap roadmap) {
    out.writeStartObject();
    name("horizon");
    range(roadmap.horizon());
    list("initiatives", roadmap.initiatives(), this::initiative);
    out.writeEndObject();
  }

  private void initiative(Initiative initiative) {
    out.writeStartObject();
    text("id", initiative.id().value());
    text("name", initiative.name());
    name("window");
    range(initiative.window());
    ids("goals", initiative.goals());
    ids("tactics", initiative.tactics());
    ids("dependsOn", initiative.dependsOn());
    ids("platforms", initiative.platforms());
    allocations("allocations", initiative.allocations());
    text("description", initiative.description());
    extensions(initiative.extensions());
    out.writeEndObject();
  }

  private void allocations(String name, Map<Year, Allocation> allocations) {
    if (allocations.isEmpty()) {
      return;
    }
    name(name);
    out.writeStartObject();
    for (Map.Entry<Year, Allocation> entry : allocations.entrySet()) {
      out.writeName(entry.getKey().toString());
      out.writeStartObject();
      name("budget");
      money(entry.getValue().budget());
      number("staff", entry.getValue().staff());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void platform(TechnologyPlatform platform) {
    out.writeStartObject();
    text("id", platform.id().value());
    text("name", platform.name());
    catalog("category", platform.category());
    object("annualCost", platform.annualCost(), this::money);
    text("description", platform.description());
    extensions(platform.extensions());
    out.writeEndObject();
  }

  private void funding(Funding funding) {
    out.writeStartObject();
    allocations("perYear", funding.perYear());
    list("agencies", funding.agencies(), out::writeString);
    text("trainingPlan", funding.trainingPlan());
    out.writeEndObject();
  }

  private void observation(Observation observation) {
    out.writeStartObject();
    String period = FormatV1Periods.format(observation.period());
    if (period != null) {
      text("period", period);
    } else {
      name("period");
      range(observation.period());
    }
    text("metric", observation.metric().value());
    id("tactic", observation.tactic());
    number("value", observation.value());
    text("source", observation.source());
    out.writeEndObject();
  }

  private void attribution(TouchpointMapping mapping) {
    out.writeStartObject();
    text("conversionMetric", mapping.conversionMetric().value());
    id("valueMetric", mapping.valueMetric());
    list("rules", mapping.rules(), this::touchpointRule);
    out.writeEndObject();
  }

  private void touchpointRule(TouchpointRule rule) {
    out.writeStartObject();
    text("key", rule.key());
    text("channel", rule.channel());
    text("source", rule.source());
    text("medium", rule.medium());
    text("campaign", rule.campaign());
    text("tactic", rule.tactic().value());
    out.writeEndObject();
  }

  private void suppression(Suppression suppression) {
    out.writeStartObject();
    text("rule", suppression.rule());
    text("subject", suppression.subject().toString());
    text("reason", suppression.reason());
    out.writeEndObject();
  }

  /** Money's amount is text, as {@code @JsonFormat(shape = STRING)} on the record writes it. */
  private void money(Money money) {
    out.writeStartObject();
    text("amount", money.amount().toString());
    text("currency", money.currency().getCurrencyCode());
    out.writeEndObject();
  }

  private void range(DateRange range) {
    out.writeStartObject();
    text("start", range.start().toString());
    text("end", range.end().toString());
    out.writeEndObject();
  }

  /** Writes the extensions as JSON values, decimals exact. */
  private void extensions(Map<String, ExtensionValue> extensions) {
    for (Map.Entry<String, ExtensionValue> entry : extensions.entrySet()) {
      out.writeName(entry.getKey());
      extension(entry.getValue());
    }
  }

  private void extension(ExtensionValue value) {
    if (value instanceof ExtensionValue.Text) {
      out.writeString(((ExtensionValue.Text) value).value());
    } else if (value instanceof ExtensionValue.Decimal) {
      out.writeNumber(((ExtensionValue.Decimal) value).value());
    } else if (value instanceof ExtensionValue.Bool) {
      out.writeBoolean(((ExtensionValue.Bool) value).value());
    } else if (value instanceof ExtensionValue.Array) {
      out.writeStartArray();
      ((ExtensionValue.Array) value).values().forEach(this::extension);
      out.writeEndArray();
    } else if (value instanceof ExtensionValue.Fields) {
      out.writeStartObject();
      ((ExtensionValue.Fields) value)
          .fields()
          .forEach(
              (key, item) -> {
                out.writeName(key);
                extension(item);
              });
      out.writeEndObject();
    } else {
      out.writeNull();
    }
  }
}
