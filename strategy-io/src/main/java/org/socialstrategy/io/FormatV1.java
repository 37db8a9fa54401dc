package org.socialstrategy.io;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.Enforcement;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.GovernanceModel;
import org.socialstrategy.model.HubResponsibility;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.PlatformCategory;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.StakeholderRole;

/**
 * Strategy file format version 1, written down once: one record per kind of object in a file, its
 * components in the order a file lists them.
 *
 * <p>These records are the single source of the format. {@link FormatV1Encoder} writes what Jackson
 * writes for them filled from a strategy (a test holds it to that), so their component order is the
 * field order of every written file; {@link FormatV1Shapes} reads their components to tell the
 * reader which fields an object has, which are required and what kind of value each holds; the JSON
 * Schema is generated from them. The annotations below carry what a Java type cannot say: unions,
 * closed and open value sets, patterns.
 *
 * <p>Values are plain JSON: text, numbers, booleans, lists and objects. Enum values are written in
 * lower case with hyphens ({@code business-outcome}), catalog values by their key when well known
 * and by their label when custom, dates as ISO text.
 */
final class FormatV1 {

  /** The format version these records describe. */
  static final int VERSION = 1;

  /** How a file starts, the hint for a file that does not. */
  static final String START = "a strategy file starts with 'formatVersion: " + VERSION + "'";

  /** A month of the year, 01 to 12. */
  private static final String MONTH = "(0[1-9]|1[0-2])";

  /** A day of the month, 01 to 31 (the reader also knows how long each month is). */
  private static final String DAY = "(0[1-9]|[12][0-9]|3[01])";

  /** A day, {@code 2027-03-31}. */
  static final String DATE = "^[0-9]{4}-" + MONTH + "-" + DAY + "$";

  /** A day, a month ({@code 2027-03}), a quarter ({@code 2027-Q1}) or a year ({@code 2027}). */
  static final String PERIOD = "^[0-9]{4}(-Q[1-4]|-" + MONTH + "(-" + DAY + ")?)?$";

  /** A calendar year, the key of a per-year map. */
  static final String YEAR = "^[0-9]{4}$";

  /** An ISO 4217 currency code. */
  static final String CURRENCY = "^[A-Z]{3}$";

  /** A goal, tactic or initiative named by kind and id. */
  static final String RACI_ITEM = "^(goal|tactic|initiative):.+$";

  /** A subject of a suppression: {@code kind:id}, or the kind alone for the one-off kinds. */
  static final String SUBJECT =
      "^((strategy|vision|governance|roadmap|funding)"
          + "|(goal|metric|tactic|stakeholder|guideline|initiative|platform):.+)$";

  /** A decimal number written as text. */
  static final String DECIMAL = "^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$";

  /** A decimal number of zero or more written as text. */
  static final String NON_NEGATIVE_DECIMAL =
      "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$";

  /** The prefix of extension fields. */
  static final String EXTENSION_PREFIX = "x-";

  private FormatV1() {}

  /**
   * Writes an enum constant as files do: lower case, words joined by hyphens.
   *
   * @param constant the constant, such as {@code BUSINESS_OUTCOME}
   * @return its text, such as {@code business-outcome}
   */
  static String value(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The value may take any of the listed forms: {@code String} for text, {@code Integer} for a
   * whole number, a record for an object. On a list, it applies to the list's items.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @interface OneOf {
    Class<?>[] value();
  }

  /** The text is one of an enum's constants, written in lower case with hyphens. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @interface Values {
    Class<? extends Enum<?>> value();
  }

  /** The text names a value of an open catalog: a well-known key or any custom label. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @interface Catalog {
    Class<? extends CatalogValue> value();
  }

  /** The text (or, on a map, each key) matches a regular expression. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @interface Pattern {
    String value();
  }

  /** The number is zero or more: an amount of money, a count of staff. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @interface NonNegative {}

  /** The number is a share in (0, 1]: a weight. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @interface Share {}

  /** Marks the records whose objects may carry {@code x-} extension fields. */
  interface Extensible {
    /**
     * Returns the extension fields, each key starting with {@code x-}.
     *
     * @return the extensions, in order
     */
    Map<String, Object> extensions();
  }

  @JsonClassDescription(
      "A social business strategy: business goals first, then the tactics that"
          + " serve them, and around them vision, stakeholders, governance, roadmap and funding.")
  record StrategyFile(
      @JsonProperty(required = true)
          @JsonPropertyDescription("The version of the file format; this is version 1.")
          int formatVersion,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The organization whose strategy it is.")
          Organization organization,
      @JsonPropertyDescription("The long-term vision.") Vision vision,
      @JsonPropertyDescription("The id of the stakeholder who sponsors the whole strategy.")
          String sponsor,
      @JsonPropertyDescription("What the business is trying to achieve.") List<Goal> goals,
      @JsonPropertyDescription("The measures that objectives, tactics and observations use.")
          List<Metric> metrics,
      @JsonPropertyDescription("The programs, online and offline, that serve the goals.")
          List<Tactic> tactics,
      @JsonPropertyDescription("Executives and other people with a stake in the strategy.")
          List<Stakeholder> stakeholders,
      @JsonPropertyDescription("The hub, guidelines and RACI assignments.") Governance governance,
      @JsonPropertyDescription("The dated initiatives that bring the strategy to life.")
          Roadmap roadmap,
      @JsonPropertyDescription("Technology platforms, each justified by the initiatives using it.")
          List<Platform> platforms,
      @JsonPropertyDescription("Budget and staff per year, agencies, training.") Funding funding,
      @JsonPropertyDescription("Measured values of metrics per period.")
          List<Observation> observations,
      @JsonPropertyDescription(
              "How the touchpoints of customer journeys map to tactics, and which metrics"
                  + " attributed conversions are observed as.")
          Attribution attribution,
      @JsonPropertyDescription("Validation rules recorded as not applying, with the reasons.")
          List<Suppression> suppressions,
      @JsonAnyGetter Map<String, Object> extensions)
      implements Extensible {}

  @JsonClassDescription("The organization whose strategy it is.")
  record Organization(
      @JsonProperty(required = true) @JsonPropertyDescription("The organization's name.")
          String name,
      @JsonPropertyDescription("The sector, such as retail or government.") String sector,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Who receives the products or services.")
          @Catalog(CustomerKind.class)
          String customerKind) {}

  @JsonClassDescription("The long-term statement of what becoming a social business means.")
  record Vision(
      @JsonProperty(required = true) @JsonPropertyDescription("The vision statement.")
          String statement,
      @JsonProperty(required = true) @JsonPropertyDescription("The period the vision covers.")
          Range horizon,
      @JsonPropertyDescription("What the vision promises employees and stakeholders.")
          String internalValue,
      @JsonPropertyDescription("What the vision promises customers.") String customerValue) {}

  @JsonClassDescription(
      "A business goal, in the language of the C-suite; it never names a channel.")
  record Goal(
      @JsonProperty(required = true) @JsonPropertyDescription("The goal's id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("The goal's title.") String title,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The business function the goal belongs to.")
          @Catalog(BusinessFunction.class)
          String function,
      @JsonPropertyDescription("The id of the stakeholder who sponsors the goal.") String sponsor,
      @JsonPropertyDescription("The goal's weight among the goals, in (0, 1]; 1 when left out.")
          @Share
          Double weight,
      @JsonPropertyDescription("A longer description.") String description,
      @JsonPropertyDescription("The objectives that quantify the goal.") List<Objective> objectives,
      @JsonAnyGetter Map<String, Object> extensions)
      implements Extensible {}

  @JsonClassDescription("Quantifies a goal: a metric moved from a baseline to a target by a date.")
  record Objective(
      @JsonProperty(required = true) @JsonPropertyDescription("The id of the metric it moves.")
          String metric,
      @JsonPropertyDescription("A short statement of the objective.") String statement,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Where the metric stands when the objective is set.")
          BigDecimal baseline,
      @JsonPropertyDescription("The day the baseline was measured.") @Pattern(DATE)
          String baselineDate,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Where the metric should be by the due date.")
          BigDecimal target,
      @JsonPropertyDescription("An ambitious target beyond the target.") BigDecimal stretch,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The day the target is due.")
          @Pattern(DATE)
          String due) {}

  @JsonClassDescription("A defined measure with a unit and a kind.")
  record Metric(
      @JsonProperty(required = true) @JsonPropertyDescription("The metric's id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("The metric's name.") String name,
      @JsonProperty(required = true) @JsonPropertyDescription("What one unit counts.") String unit,
      @JsonProperty(required = true)
          @JsonPropertyDescription("Vanity, engagement or business outcome.")
          @Values(MetricKind.class)
          String kind,
      @JsonPropertyDescription(
              "How observations over several periods add up: latest (a level),"
                  + " sum (a flow) or average (a rate); latest when left out.")
          @Values(Aggregation.class)
          String aggregation,
      @JsonPropertyDescription("What one unit is worth to the business.") Money valuePerUnit,
      @JsonPropertyDescription("How the metric is measured.") String description,
      @JsonAnyGetter Map<String, Object> extensions)
      implements Extensible {}

  @JsonClassDescription("A program on a channel, serving goals and measured by metrics.")
  record Tactic(
      @JsonProperty(required = true) @JsonPropertyDescription("The tactic's id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("The tactic's name.") String name,
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "Where the tactic runs: a channel's name, or {name, kind} for a custom channel.")
          @Catalog(Channel.class)
          @OneOf({String.class, CustomChannel.class})
          Object channel,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The business function that runs the tactic.")
          @Catalog(BusinessFunction.class)
          String function,
      @JsonPropertyDescription(
              "The goals the tactic serves: goal ids, or {goal, weight} with a weight in (0, 1].")
          @OneOf({String.class, GoalLink.class})
          List<Object> supports,
      @JsonPropertyDescription("The ids of the metrics the tactic is measured by.")
          List<String> tracks,
      @JsonPropertyDescription("The id of the stakeholder who owns the tactic.") String owner,
      @JsonPropertyDescription("What the tactic costs over its time window.") Money cost,
      @JsonPropertyDescription("When the tactic runs.") Range window,
      @JsonPropertyDescription("What the customer receives and the organization captures.")
          ValueExchange value,
      @JsonPropertyDescription("A longer description.") String description,
      @JsonAnyGetter Map<String, Object> extensions)
      implements Extensible {}

  @JsonClassDescription("A custom channel of a known kind.")
  record CustomChannel(
      @JsonProperty(required = true) @JsonPropertyDescription("The channel's name.") String name,
      @JsonProperty(required = true)
          @JsonPropertyDescription("What sort of channel it is.")
          @Values(ChannelKind.class)
          String kind) {}

  @JsonClassDescription("A weighted link from a tactic to a goal it serves.")
  record GoalLink(
      @JsonProperty(required = true) @JsonPropertyDescription("The goal's id.") String goal,
      @JsonPropertyDescription("The share of the tactic going to the goal, in (0, 1].") @Share
          Double weight) {}

  @JsonClassDescription("The value a tactic exchanges: both sides own the relationship.")
  record ValueExchange(
      @JsonPropertyDescription("What the customer receives.") CustomerSide customer,
      @JsonPropertyDescription("What the organization captures.") OrganizationSide organization) {}

  @JsonClassDescription("What the customer receives from a tactic.")
  record CustomerSide(
      @JsonPropertyDescription("The kinds of value.") @Catalog(CustomerValue.class)
          List<String> kinds,
      @JsonPropertyDescription("What the customer gets, in words.") String description,
      @JsonPropertyDescription("How much the customer gets.") Quantity quantity) {}

  @JsonClassDescription("What the organization captures from a tactic.")
  record OrganizationSide(
      @JsonPropertyDescription("The kinds of value.") @Catalog(OrganizationValue.class)
          List<String> kinds,
      @JsonPropertyDescription("What the organization gets, in words.") String description,
      @JsonPropertyDescription("How much the organization gets.") Quantity quantity) {}

  @JsonClassDescription("An exact amount with a unit.")
  record Quantity(
      @JsonProperty(required = true) @JsonPropertyDescription("The amount.") BigDecimal amount,
      @JsonProperty(required = true) @JsonPropertyDescription("What the amount counts.")
          String unit) {}

  @JsonClassDescription("A person or group with a stake in the strategy.")
  record Stakeholder(
      @JsonProperty(required = true) @JsonPropertyDescription("The stakeholder's id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("The stakeholder's title.")
          String title,
      @JsonPropertyDescription("The part the stakeholder plays.") @Catalog(StakeholderRole.class)
          String role,
      @JsonPropertyDescription("The business function the stakeholder belongs to.")
          @Catalog(BusinessFunction.class)
          String function,
      @JsonPropertyDescription("Whether the stakeholder is a top executive; false when left out.")
          Boolean executive,
      @JsonPropertyDescription(
              "How far the stakeholder stands behind the strategy; unaware when" + " left out.")
          @Values(ExecutiveAlignment.class)
          String alignment,
      @JsonAnyGetter Map<String, Object> extensions)
      implements Extensible {}

  @JsonClassDescription("Who leads the strategy and by which rules.")
  record Governance(
      @JsonPropertyDescription("The hub or center of excellence.") Hub hub,
      @JsonPropertyDescription("How social work is organized across the organization.")
          @Values(GovernanceModel.class)
          String model,
      @JsonPropertyDescription("Guidelines and policies.") List<Guideline> guidelines,
      @JsonPropertyDescription("RACI assignments for goals, tactics and initiatives.")
          List<Raci> raci) {}

  @JsonClassDescription("The hub or center of excellence that leads the strategy.")
  record Hub(
      @JsonProperty(required = true) @JsonPropertyDescription("The hub's name.") String name,
      @JsonPropertyDescription("The id of the stakeholder who leads the hub.") String lead,
      @JsonPropertyDescription("The ids of the stakeholders in the hub.") List<String> members,
      @JsonPropertyDescription("What the hub takes on.") @Values(HubResponsibility.class)
          List<String> responsibilities) {}

  @JsonClassDescription("A guideline or policy the hub owns.")
  record Guideline(
      @JsonProperty(required = true) @JsonPropertyDescription("The guideline's id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("The guideline's title.")
          String title,
      @JsonPropertyDescription("How binding the guideline is; recommended when left out.")
          @Values(Enforcement.class)
          String enforcement,
      @JsonPropertyDescription("What the guideline says, in short.") String description) {}

  @JsonClassDescription("One cell of the RACI matrix.")
  record Raci(
      @JsonProperty(required = true)
          @JsonPropertyDescription("The goal, tactic or initiative, as kind:id.")
          @Pattern(RACI_ITEM)
          String item,
      @JsonProperty(required = true) @JsonPropertyDescription("The stakeholder's id.")
          String stakeholder,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The stakeholder's role for the item.")
          @Values(RaciRole.class)
          String role) {}

  @JsonClassDescription("The dated plan: initiatives over a horizon of about three years.")
  record Roadmap(
      @JsonProperty(required = true) @JsonPropertyDescription("The period the roadmap plans for.")
          Range horizon,
      @JsonPropertyDescription("The initiatives.") List<Initiative> initiatives) {}

  @JsonClassDescription("A dated body of work serving goals and grouping tactics.")
  record Initiative(
      @JsonProperty(required = true) @JsonPropertyDescription("The initiative's id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("The initiative's name.") String name,
      @JsonProperty(required = true) @JsonPropertyDescription("When the initiative runs.")
          Range window,
      @JsonPropertyDescription("The ids of the goals it serves.") List<String> goals,
      @JsonPropertyDescription("The ids of the tactics it groups.") List<String> tactics,
      @JsonPropertyDescription("The ids of the initiatives that must finish first.")
          List<String> dependsOn,
      @JsonPropertyDescription("The ids of the platforms it uses.") List<String> platforms,
      @JsonPropertyDescription("Budget and staff per calendar year.") @Pattern(YEAR)
          Map<String, Allocation> allocations,
      @JsonPropertyDescription("A longer description.") String description,
      @JsonAnyGetter Map<String, Object> extensions)
      implements Extensible {}

  @JsonClassDescription("Budget and staff for one year.")
  record Allocation(
      @JsonProperty(required = true) @JsonPropertyDescription("The budget.") Money budget,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The staff, in full-time equivalents.")
          @NonNegative
          BigDecimal staff) {}

  @JsonClassDescription("A technology platform: listening, publishing, community, CRM, analytics.")
  record Platform(
      @JsonProperty(required = true) @JsonPropertyDescription("The platform's id.") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("The platform's name.") String name,
      @JsonProperty(required = true)
          @JsonPropertyDescription("What the platform does.")
          @Catalog(PlatformCategory.class)
          String category,
      @JsonPropertyDescription("What the platform costs per year.") Money annualCost,
      @JsonPropertyDescription("A longer description.") String description,
      @JsonAnyGetter Map<String, Object> extensions)
      implements Extensible {}

  @JsonClassDescription("The resources secured for the strategy.")
  record Funding(
      @JsonPropertyDescription("Budget and staff per calendar year.") @Pattern(YEAR)
          Map<String, Allocation> perYear,
      @JsonPropertyDescription("The agencies engaged.") List<String> agencies,
      @JsonPropertyDescription("How staff are trained on vision, value and measurement.")
          String trainingPlan) {}

  @JsonClassDescription("A measured value of a metric for a period, optionally for one tactic.")
  record Observation(
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "The period: a day, a month (2027-03), a quarter (2027-Q1), a year, or {start, end}.")
          @Pattern(PERIOD)
          @OneOf({String.class, Integer.class, Range.class})
          Object period,
      @JsonProperty(required = true) @JsonPropertyDescription("The id of the metric measured.")
          String metric,
      @JsonPropertyDescription("The id of the tactic the value is attributed to.") String tactic,
      @JsonProperty(required = true) @JsonPropertyDescription("The measured value.")
          BigDecimal value,
      @JsonPropertyDescription(
              "Where the value comes from, such as an analytics export or an attribution model"
                  + " (attribution markov(order=1)).")
          String source) {}

  @JsonClassDescription(
      "How the touchpoints of customer journeys map to tactics: rules tried in order, the first"
          + " that matches a touchpoint wins; and the metrics attributed conversions and their"
          + " value are observed as.")
  record Attribution(
      @JsonProperty(required = true)
          @JsonPropertyDescription(
              "The id of the metric attributed conversions are observed as, such as"
                  + " net-new-customers.")
          String conversionMetric,
      @JsonPropertyDescription(
              "The id of the metric the attributed value of conversions is observed as, such as"
                  + " online-revenue.")
          String valueMetric,
      @JsonPropertyDescription("The rules, tried in order; the first that matches wins.")
          List<TouchpointRule> rules) {}

  @JsonClassDescription(
      "Which touchpoints belong to a tactic: one exact key, or patterns (* any run of"
          + " characters, ? one character, case ignored) on a channel name, or on the source,"
          + " medium and campaign.")
  record TouchpointRule(
      @JsonPropertyDescription(
              "One exact touchpoint key: a channel name (email), or source / medium / campaign"
                  + " (google / cpc / spring-sale).")
          String key,
      @JsonPropertyDescription("A pattern on a plain channel name, such as display-*.")
          String channel,
      @JsonPropertyDescription("A pattern on the source (utm_source), such as facebook.")
          String source,
      @JsonPropertyDescription("A pattern on the medium (utm_medium), such as cpc.") String medium,
      @JsonPropertyDescription("A pattern on the campaign (utm_campaign), such as spring-*.")
          String campaign,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The id of the tactic the matched touchpoints belong to.")
          String tactic) {}

  @JsonClassDescription("A validation rule recorded as not applying to one subject, and why.")
  record Suppression(
      @JsonProperty(required = true) @JsonPropertyDescription("The rule's id or name.") String rule,
      @JsonProperty(required = true)
          @JsonPropertyDescription("What the rule is suppressed for, as kind:id.")
          @Pattern(SUBJECT)
          String subject,
      @JsonProperty(required = true) @JsonPropertyDescription("Why the rule does not apply.")
          String reason,
      @JsonPropertyDescription(
              "The last day the suppression holds, for a waiver granted for a while; after it"
                  + " the finding is reported again.")
          @Pattern(DATE)
          String until) {}

  @JsonClassDescription("An exact amount of money.")
  record Money(
      @JsonProperty(required = true)
          @JsonPropertyDescription("The exact amount, best written as text: \"50000.00\".")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          @NonNegative
          BigDecimal amount,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The ISO 4217 currency code.")
          @Pattern(CURRENCY)
          String currency) {}

  @JsonClassDescription(
      "A range of days, both ends included. Each end may be a day, a month, a"
          + " quarter or a year: the start takes its first day, the end its last.")
  record Range(
      @JsonProperty(required = true)
          @JsonPropertyDescription("The first day, or the period whose first day it is.")
          @Pattern(PERIOD)
          @OneOf({String.class, Integer.class})
          Object start,
      @JsonProperty(required = true)
          @JsonPropertyDescription("The last day, or the period whose last day it is.")
          @Pattern(PERIOD)
          @OneOf({String.class, Integer.class})
          Object end) {}
}
