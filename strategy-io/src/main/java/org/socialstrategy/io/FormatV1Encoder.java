package org.socialstrategy.io;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 *
 * <p>Every value is held to what a reader with the default limits accepts (see {@link
 * FormatV1Values}): a text with a lone surrogate or over the text limit, a decimal beyond the
 * number limits or extensions nested deeper than the nesting limit are refused with an {@link
 * IllegalArgumentException} that names the element and the field, so a written file always reads
 * back.
 */
final class FormatV1Encoder {

  /** How deep the extensions of each kind of element start: the strategy's own are at 1. */
  private static final int ROOT_DEPTH = 1;

  private static final int ELEMENT_DEPTH = 3;

  private static final int INITIATIVE_DEPTH = 4;

  /**
   * The field names of the format, each quoted and escaped once, as binding writes names; a name is
   * found by its literal, whose hash the string keeps.
   */
  private static final Map<String, SerializableString> NAMES = quoted(FormatV1Shapes.names());

  private final JsonGenerator out;

  /** The kind of element being written, for messages: "tactic". */
  private String kind = "strategy";

  /** The id of the element being written, or null for one without an id. */
  private Identifier id;

  private FormatV1Encoder(JsonGenerator out) {
    this.out = out;
  }

  /**
   * Writes a strategy as one document.
   *
   * @param strategy the strategy
   * @param out the generator, made by the writer of the notation
   * @throws IllegalArgumentException if the strategy holds a value a file cannot carry
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
    at("strategy", null);
    extensions(strategy.extensions(), ROOT_DEPTH);
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

  /** Marks the element being written, for messages. */
  private void at(String kind, Identifier id) {
    this.kind = kind;
    this.id = id;
  }

  /** Refuses to write a value a reader would not read back. */
  private IllegalArgumentException refuse(String field, String reason) {
    String element = id == null ? "the " + kind : kind + " '" + abbreviated(id.value()) + "'";
    return new IllegalArgumentException(
        "cannot write " + element + ": its " + field + " holds " + reason);
  }

  /** Shortens a text quoted in a message, keeping it printable. */
  private static String abbreviated(String text) {
    return FormatV1Values.loneSurrogate(text) >= 0
        ? "(an id that is not Unicode text)"
        : FormatV1Shapes.abbreviate(text);
  }

  /** Writes a text value of a field, or of an item of a list field. */
  private void string(String field, String value) {
    String reason = FormatV1Values.unwritableText(value);
    if (reason != null) {
      throw refuse(field, reason);
    }
    out.writeString(value);
  }

  /** Writes a text field; null leaves it out. */
  private void text(String name, String value) {
    if (value != null) {
      name(name);
      string(name, value);
    }
  }

  /** Writes a day field: four digits of year, as the model keeps years within 0000 to 9999. */
  private void day(String name, LocalDate day) {
    name(name);
    out.writeString(day.toString());
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
    decimal(name, value);
  }

  /** Writes a decimal exactly, scale included. */
  private void decimal(String field, BigDecimal value) {
    String reason = FormatV1Values.unwritableDecimal(value);
    if (reason != null) {
      throw refuse(field, reason);
    }
    out.writeNumber(FormatV1Values.decimal(value));
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
    list(name, ids, item -> string(name, item.value()));
  }

  private void organization(Organization organization) {
    at("organization", null);
    out.writeStartObject();
    text("name", organization.name());
    text("sector", organization.sector());
    catalog("customerKind", organization.customerKind());
    out.writeEndObject();
  }

  private void vision(Vision vision) {
    at("vision", null);
    out.writeStartObject();
    text("statement", vision.statement());
    name("horizon");
    range(vision.horizon());
    text("internalValue", vision.internalValue());
    text("customerValue", vision.customerValue());
    out.writeEndObject();
  }

  private void goal(BusinessGoal goal) {
    at("goal", goal.id());
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
    extensions(goal.extensions(), ELEMENT_DEPTH);
    out.writeEndObject();
  }

  private void objective(Objective objective) {
    out.writeStartObject();
    text("metric", objective.metric().value());
    text("statement", objective.statement());
    number("baseline", objective.baseline());
    if (objective.baselineDate().isPresent()) {
      day("baselineDate", objective.baselineDate().get());
    }
    number("target", objective.target());
    if (objective.stretch().isPresent()) {
      number("stretch", objective.stretch().get());
    }
    day("due", objective.due());
    out.writeEndObject();
  }

  private void metric(Metric metric) {
    at("metric", metric.id());
    out.writeStartObject();
    text("id", metric.id().value());
    text("name", metric.name());
    text("unit", metric.unit());
    text("kind", FormatV1.value(metric.kind()));
    value("aggregation", metric.aggregation(), Aggregation.LATEST);
    object("valuePerUnit", metric.valuePerUnit(), this::money);
    text("description", metric.description());
    extensions(metric.extensions(), ELEMENT_DEPTH);
    out.writeEndObject();
  }

  private void tactic(Tactic tactic) {
    at("tactic", tactic.id());
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
    extensions(tactic.extensions(), ELEMENT_DEPTH);
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
      string("supports", support.goal().value());
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
    list("kinds", side.kinds(), value -> string("kinds", catalog(value)));
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
    at("stakeholder", stakeholder.id());
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
    extensions(stakeholder.extensions(), ELEMENT_DEPTH);
    out.writeEndObject();
  }

  private void governance(Governance governance) {
    at("governance", null);
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
    at("guideline", guideline.id());
    out.writeStartObject();
    text("id", guideline.id().value());
    text("title", guideline.title());
    value("enforcement", guideline.enforcement(), Enforcement.RECOMMENDED);
    text("description", guideline.description());
    out.writeEndObject();
  }

  private void raci(RaciAssignment assignment) {
    at("raci assignment", null);
    out.writeStartObject();
    text("item", assignment.item().kind() + ":" + assignment.item().value());
    text("stakeholder", assignment.stakeholder().value());
    text("role", FormatV1.value(assignment.role()));
    out.writeEndObject();
  }

  private void roadmap(Roadmap roadmap) {
    at("roadmap", null);
    out.writeStartObject();
    name("horizon");
    range(roadmap.horizon());
    list("initiatives", roadmap.initiatives(), this::initiative);
    out.writeEndObject();
  }

  private void initiative(Initiative initiative) {
    at("initiative", initiative.id());
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
    extensions(initiative.extensions(), INITIATIVE_DEPTH);
    out.writeEndObject();
  }

  private void allocations(String name, Map<Year, Allocation> allocations) {
    if (allocations.isEmpty()) {
      return;
    }
    name(name);
    out.writeStartObject();
    for (Map.Entry<Year, Allocation> entry : allocations.entrySet()) {
      out.writeName(FormatV1Periods.year(entry.getKey().getValue()));
      out.writeStartObject();
      name("budget");
      money(entry.getValue().budget());
      number("staff", entry.getValue().staff());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void platform(TechnologyPlatform platform) {
    at("platform", platform.id());
    out.writeStartObject();
    text("id", platform.id().value());
    text("name", platform.name());
    catalog("category", platform.category());
    object("annualCost", platform.annualCost(), this::money);
    text("description", platform.description());
    extensions(platform.extensions(), ELEMENT_DEPTH);
    out.writeEndObject();
  }

  private void funding(Funding funding) {
    at("funding", null);
    out.writeStartObject();
    allocations("perYear", funding.perYear());
    list("agencies", funding.agencies(), agency -> string("agencies", agency));
    text("trainingPlan", funding.trainingPlan());
    out.writeEndObject();
  }

  private void observation(Observation observation) {
    at("observation", null);
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
    at("suppression", null);
    out.writeStartObject();
    text("rule", suppression.rule());
    text("subject", suppression.subject().toString());
    text("reason", suppression.reason());
    if (suppression.until().isPresent()) {
      text("until", suppression.until().get().toString());
    }
    out.writeEndObject();
  }

  /** Money's amount is text, as {@code @JsonFormat(shape = STRING)} on the record writes it. */
  private void money(Money money) {
    String reason = FormatV1Values.unwritableDecimal(money.amount());
    if (reason != null) {
      throw refuse("amount", reason);
    }
    out.writeStartObject();
    text("amount", FormatV1Values.decimal(money.amount()));
    text("currency", money.currency().getCurrencyCode());
    out.writeEndObject();
  }

  private void range(DateRange range) {
    out.writeStartObject();
    day("start", range.start());
    day("end", range.end());
    out.writeEndObject();
  }

  /**
   * Writes the extensions as JSON values, decimals exact.
   *
   * @param extensions the extensions
   * @param depth how deep the object holding them is nested: the strategy is at 1
   */
  private void extensions(Map<String, ExtensionValue> extensions, int depth) {
    for (Map.Entry<String, ExtensionValue> entry : extensions.entrySet()) {
      key(entry.getKey());
      extension(entry.getKey(), entry.getValue(), depth);
    }
  }

  private void key(String key) {
    String reason = FormatV1Values.unwritableText(key);
    if (reason != null) {
      throw refuse("extension key", reason);
    }
    out.writeName(key);
  }

  /** Writes one extension value, within the nesting limit. */
  private void extension(String field, ExtensionValue value, int depth) {
    if (value instanceof ExtensionValue.Text) {
      string(field, ((ExtensionValue.Text) value).value());
    } else if (value instanceof ExtensionValue.Decimal) {
      decimal(field, ((ExtensionValue.Decimal) value).value());
    } else if (value instanceof ExtensionValue.Bool) {
      out.writeBoolean(((ExtensionValue.Bool) value).value());
    } else if (value instanceof ExtensionValue.Array) {
      nested(field, depth);
      out.writeStartArray();
      for (ExtensionValue item : ((ExtensionValue.Array) value).values()) {
        extension(field, item, depth + 1);
      }
      out.writeEndArray();
    } else if (value instanceof ExtensionValue.Fields) {
      nested(field, depth);
      out.writeStartObject();
      for (Map.Entry<String, ExtensionValue> entry :
          ((ExtensionValue.Fields) value).fields().entrySet()) {
        key(entry.getKey());
        extension(field, entry.getValue(), depth + 1);
      }
      out.writeEndObject();
    } else {
      out.writeNull();
    }
  }

  /** Refuses a list or object nested deeper than a reader with the default limits reads. */
  private void nested(String field, int depth) {
    if (depth + 1 > ReadOptions.DEFAULT_MAX_NESTING_DEPTH) {
      throw refuse(
          field,
          "values nested deeper than the limit of "
              + ReadOptions.DEFAULT_MAX_NESTING_DEPTH
              + " levels");
    }
  }
}
