package org.socialstrategy.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.ChannelKind;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Enforcement;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.Funding;
import org.socialstrategy.model.GoalId;
import org.socialstrategy.model.GoalSupport;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.GovernanceModel;
import org.socialstrategy.model.Guideline;
import org.socialstrategy.model.Hub;
import org.socialstrategy.model.HubResponsibility;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.InvalidStrategyException;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.PlatformCategory;
import org.socialstrategy.model.Quantity;
import org.socialstrategy.model.RaciAssignment;
import org.socialstrategy.model.RaciItem;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderRole;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.ValueSide;
import org.socialstrategy.model.Violation;
import org.socialstrategy.model.ViolationKind;
import org.socialstrategy.model.Vision;

/**
 * Maps a located tree onto the model: every object is checked against its format record, every
 * value converted with its problems reported, and the strategy built, so that the model's own
 * invariants (duplicate ids, dangling references, date order, currencies) are checked by the model,
 * once, and reported at the lines and columns they point to.
 */
final class FormatV1Decoder {

  /** Stands in for a missing or bad day; the object holding it is tainted. */
  private static final LocalDate SOME_DAY = LocalDate.of(2000, 1, 1);

  /** Stands in for a missing or bad range. */
  private static final DateRange SOME_RANGE = DateRange.of(SOME_DAY, SOME_DAY);

  private final DecodeState decoding;
  private final TreeNode root;

  private FormatV1Decoder(DecodeState decoding, TreeNode root) {
    this.decoding = decoding;
    this.root = root;
  }

  /**
   * Maps a document onto a strategy.
   *
   * @param root the document's root value
   * @param decoding where problems go
   * @return the strategy
   * @throws StrategyFileException if the document has any problem
   */
  static Strategy decode(TreeNode root, DecodeState decoding) {
    return new FormatV1Decoder(decoding, root).strategy();
  }

  private Strategy strategy() {
    if (!(root instanceof TreeNode.Mapping)) {
      decoding.report(
          root,
          StrategyPath.ROOT,
          ProblemKind.WRONG_TYPE,
          "expected an object holding a strategy, found " + FormatV1Shapes.describe(root),
          FormatV1.START);
      throw decoding.problems().exception();
    }
    TreeNode.Mapping document = (TreeNode.Mapping) root;
    rejectNewerVersion(document);
    FormatV1Object file =
        new FormatV1Object(
            decoding, document, FormatV1Shapes.of(FormatV1.StrategyFile.class), TreePath.ROOT);
    Integer version = file.whole("formatVersion");
    if (version != null && version != FormatV1.VERSION) {
      file.bad(
          "formatVersion",
          "format version " + version + " does not exist",
          "this library reads format version " + FormatV1.VERSION);
    }
    Strategy.Builder strategy = Strategy.builder();
    FormatV1Object organization = file.object("organization");
    strategy.organization(
        organization == null
            ? Organization.of("", CustomerKind.CONSUMER)
            : organization(organization));
    ifPresent(file.object("vision"), vision -> strategy.vision(vision(vision)));
    ifPresent(
        file.text("sponsor"), sponsor -> strategy.sponsor(decoding.stakeholders.apply(sponsor)));
    strategy.addAllGoals(file.objects("goals", this::goal));
    strategy.addAllMetrics(file.objects("metrics", this::metric));
    strategy.addAllTactics(file.objects("tactics", this::tactic));
    strategy.addAllStakeholders(file.objects("stakeholders", this::stakeholder));
    ifPresent(file.object("governance"), governance -> strategy.governance(governance(governance)));
    ifPresent(file.object("roadmap"), roadmap -> strategy.roadmap(roadmap(roadmap)));
    strategy.addAllPlatforms(file.objects("platforms", this::platform));
    ifPresent(file.object("funding"), funding -> strategy.funding(funding(funding)));
    strategy.addAllObservations(file.objects("observations", this::observation));
    ifPresent(file.object("attribution"), mapping -> strategy.attribution(attribution(mapping)));
    strategy.addAllSuppressions(file.objects("suppressions", this::suppression));
    strategy.putAllExtensions(file.extensions());
    if (decoding.problems().isFull()) {
      throw decoding.problems().exception();
    }
    try {
      Strategy built = strategy.build();
      decoding.problems().throwIfAny();
      return built;
    } catch (InvalidStrategyException e) {
      report(e.violations());
      throw decoding.problems().exception();
    }
  }

  /** A file of a later version may mean anything by its fields: say only that. */
  private void rejectNewerVersion(TreeNode.Mapping document) {
    TreeNode.Field field = document.field("formatVersion");
    if (field == null
        || !(field.value() instanceof TreeNode.Scalar)
        || ((TreeNode.Scalar) field.value()).type() != TreeNode.Type.WHOLE) {
      return;
    }
    String text = ((TreeNode.Scalar) field.value()).text();
    if (new BigDecimal(text).compareTo(BigDecimal.valueOf(FormatV1.VERSION)) > 0) {
      decoding.report(
          field.value(),
          StrategyPath.ROOT.field("formatVersion"),
          ProblemKind.UNSUPPORTED_VERSION,
          "this file uses format version "
              + FormatV1Shapes.abbreviate(text)
              + "; this library reads format version "
              + FormatV1.VERSION,
          "upgrade the library");
      throw decoding.problems().exception();
    }
  }

  /** Reports the model's violations where the file has them, except inside tainted objects. */
  private void report(List<Violation> violations) {
    for (Violation violation : violations) {
      StrategyPath path = TreeLocator.inFile(violation.path());
      if (decoding.isTainted(path)) {
        continue;
      }
      TreeLocator.Location at = TreeLocator.locate(root, path);
      decoding.report(
          at.line(),
          at.column(),
          path,
          kind(violation.kind()),
          violation.message(),
          violation.hint().orElse(null));
    }
  }

  private static ProblemKind kind(ViolationKind kind) {
    switch (kind) {
      case DUPLICATE_ID:
        return ProblemKind.DUPLICATE_ID;
      case UNKNOWN_REFERENCE:
        return ProblemKind.UNKNOWN_REFERENCE;
      default:
        return ProblemKind.INVARIANT;
    }
  }

  private static <T> void ifPresent(T value, Consumer<T> use) {
    if (value != null) {
      use.accept(value);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static <T> T or(T value, T placeholder) {
    return value == null ? placeholder : value;
  }

  private Organization organization(FormatV1Object fields) {
    Organization.Builder organization =
        Organization.builder()
            .name(orEmpty(fields.text("name")))
            .customerKind(
                or(
                    fields.catalog("customerKind", CustomerKind::of, "kind of customer"),
                    CustomerKind.CONSUMER));
    ifPresent(fields.text("sector"), organization::sector);
    return organization.build();
  }

  private Vision vision(FormatV1Object fields) {
    Vision.Builder vision =
        Vision.builder()
            .statement(orEmpty(fields.text("statement")))
            .horizon(requiredRange(fields, "horizon"));
    ifPresent(fields.text("internalValue"), vision::internalValue);
    ifPresent(fields.text("customerValue"), vision::customerValue);
    return vision.build();
  }

  private BusinessGoal goal(FormatV1Object fields) {
    BusinessGoal.Builder goal =
        BusinessGoal.builder()
            .id(decoding.goals.apply(orEmpty(fields.text("id"))))
            .title(orEmpty(fields.text("title")))
            .function(function(fields));
    ifPresent(
        fields.text("sponsor"), sponsor -> goal.sponsor(decoding.stakeholders.apply(sponsor)));
    ifPresent(fields.number("weight"), goal::weight);
    ifPresent(fields.text("description"), goal::description);
    goal.addAllObjectives(fields.objects("objectives", this::objective));
    goal.putAllExtensions(fields.extensions());
    return goal.build();
  }

  private BusinessFunction function(FormatV1Object fields) {
    return or(
        fields.catalog("function", decoding.functions, "business function"),
        BusinessFunction.MARKETING);
  }

  /**
   * An objective's stretch target and baseline date are checked against its other values, so a
   * placeholder for one of those taints the whole objective.
   */
  private Objective objective(FormatV1Object fields) {
    BigDecimal baseline = fields.decimal("baseline");
    BigDecimal target = fields.decimal("target");
    LocalDate due = fields.date("due");
    if (baseline == null || target == null || due == null) {
      decoding.taint(fields.path());
    }
    Objective.Builder objective =
        Objective.builder()
            .metric(decoding.metrics.apply(orEmpty(fields.text("metric"))))
            .baseline(or(baseline, BigDecimal.ZERO))
            .target(or(target, BigDecimal.ZERO))
            .due(or(due, SOME_DAY));
    ifPresent(fields.text("statement"), objective::statement);
    ifPresent(fields.date("baselineDate"), objective::baselineDate);
    ifPresent(fields.decimal("stretch"), objective::stretch);
    return objective.build();
  }

  private Metric metric(FormatV1Object fields) {
    Metric.Builder metric =
        Metric.builder()
            .id(decoding.metrics.apply(orEmpty(fields.text("id"))))
            .name(orEmpty(fields.text("name")))
            .unit(orEmpty(fields.text("unit")))
            .kind(or(fields.choice("kind", MetricKind.class), MetricKind.VANITY));
    ifPresent(fields.choice("aggregation", Aggregation.class), metric::aggregation);
    ifPresent(
        fields.object("valuePerUnit"), money -> ifPresent(money(money), metric::valuePerUnit));
    ifPresent(fields.text("description"), metric::description);
    metric.putAllExtensions(fields.extensions());
    return metric.build();
  }

  private Tactic tactic(FormatV1Object fields) {
    Tactic.Builder tactic =
        Tactic.builder()
            .id(decoding.tactics.apply(orEmpty(fields.text("id"))))
            .name(orEmpty(fields.text("name")))
            .channel(channel(fields))
            .function(function(fields));
    tactic.addAllSupports(fields.list("supports", this::support));
    tactic.addAllTracks(fields.texts("tracks", decoding.metrics));
    ifPresent(fields.text("owner"), owner -> tactic.owner(decoding.stakeholders.apply(owner)));
    ifPresent(fields.object("cost"), money -> ifPresent(money(money), tactic::cost));
    ifPresent(fields.object("window"), window -> ifPresent(range(window), tactic::window));
    ifPresent(fields.object("value"), value -> tactic.value(valueExchange(value)));
    ifPresent(fields.text("description"), tactic::description);
    tactic.putAllExtensions(fields.extensions());
    return tactic.build();
  }

  private static String text(TreeNode item) {
    return item == null ? "" : ((TreeNode.Scalar) item).text();
  }

  private Channel channel(FormatV1Object fields) {
    TreeNode value = fields.get("channel");
    if (value instanceof TreeNode.Scalar) {
      return or(fields.catalog("channel", decoding.channels, "channel"), Channel.WEBSITE);
    }
    if (value == null) {
      return Channel.WEBSITE;
    }
    FormatV1Object custom = fields.nested("channel", (TreeNode.Mapping) value);
    String name = custom.catalog("name", String::strip, "channel name");
    ChannelKind kind = custom.choice("kind", ChannelKind.class);
    if (name == null || kind == null) {
      return Channel.WEBSITE;
    }
    Channel channel = Channel.custom(name, kind);
    if (channel.isWellKnown() && channel.kind() != kind) {
      custom.bad(
          "kind",
          "'"
              + channel.key()
              + "' is a well-known channel of kind "
              + FormatV1.value(channel.kind())
              + ", not "
              + FormatV1.value(kind),
          "give a kind only for a custom channel");
    }
    return channel;
  }

  private GoalSupport support(TreeNode item, TreePath at) {
    if (!(item instanceof TreeNode.Mapping)) {
      return decoding.supports.apply(text(item));
    }
    FormatV1Object link =
        new FormatV1Object(decoding, (TreeNode.Mapping) item, shape(FormatV1.GoalLink.class), at);
    GoalId goal = decoding.goals.apply(orEmpty(link.text("goal")));
    Double weight = link.number("weight");
    return weight == null ? GoalSupport.of(goal) : GoalSupport.of(goal, weight);
  }

  private static FormatV1Shapes.ObjectShape shape(Class<? extends Record> type) {
    return FormatV1Shapes.of(type);
  }

  private ValueExchange valueExchange(FormatV1Object fields) {
    ValueExchange.Builder exchange = ValueExchange.builder();
    ifPresent(
        fields.object("customer"),
        side -> exchange.customer(valueSide(side, "customer value", decoding.customerValues)));
    ifPresent(
        fields.object("organization"),
        side ->
            exchange.organization(
                valueSide(side, "organization value", decoding.organizationValues)));
    return exchange.build();
  }

  private <V extends CatalogValue> ValueSide<V> valueSide(
      FormatV1Object fields, String what, Function<String, V> of) {
    ValueSide.Builder<V> side = ValueSide.builder();
    side.addAllKinds(
        fields.distinct(
            "kinds", what, text -> text.isBlank() ? null : of.apply(text), text -> null));
    ifPresent(fields.text("description"), side::description);
    ifPresent(fields.object("quantity"), quantity -> side.quantity(quantity(quantity)));
    return side.build();
  }

  private Quantity quantity(FormatV1Object fields) {
    return Quantity.of(or(fields.decimal("amount"), BigDecimal.ZERO), orEmpty(fields.text("unit")));
  }

  private Stakeholder stakeholder(FormatV1Object fields) {
    Stakeholder.Builder stakeholder =
        Stakeholder.builder()
            .id(decoding.stakeholders.apply(orEmpty(fields.text("id"))))
            .title(orEmpty(fields.text("title")));
    ifPresent(fields.catalog("role", StakeholderRole::of, "stakeholder role"), stakeholder::role);
    ifPresent(
        fields.catalog("function", decoding.functions, "business function"), stakeholder::function);
    ifPresent(fields.bool("executive"), stakeholder::executive);
    ifPresent(fields.choice("alignment", ExecutiveAlignment.class), stakeholder::alignment);
    stakeholder.putAllExtensions(fields.extensions());
    return stakeholder.build();
  }

  private Governance governance(FormatV1Object fields) {
    Governance.Builder governance = Governance.builder();
    ifPresent(fields.object("hub"), hub -> governance.hub(hub(hub)));
    ifPresent(fields.choice("model", GovernanceModel.class), governance::model);
    governance.addAllGuidelines(fields.objects("guidelines", this::guideline));
    governance.addAllRaci(fields.objects("raci", this::raci));
    return governance.build();
  }

  private Hub hub(FormatV1Object fields) {
    Hub.Builder hub = Hub.builder().name(orEmpty(fields.text("name")));
    ifPresent(fields.text("lead"), lead -> hub.lead(decoding.stakeholders.apply(lead)));
    hub.addAllMembers(fields.texts("members", decoding.stakeholders));
    hub.addAllResponsibilities(
        fields.distinct(
            "responsibilities",
            "hub responsibility",
            text -> DecodeState.constant(HubResponsibility.class, text),
            text -> DecodeState.suggest(HubResponsibility.class, text)));
    return hub.build();
  }

  private Guideline guideline(FormatV1Object fields) {
    Guideline.Builder guideline =
        Guideline.builder()
            .id(decoding.guidelines.apply(orEmpty(fields.text("id"))))
            .title(orEmpty(fields.text("title")));
    ifPresent(fields.choice("enforcement", Enforcement.class), guideline::enforcement);
    ifPresent(fields.text("description"), guideline::description);
    return guideline.build();
  }

  private RaciAssignment raci(FormatV1Object fields) {
    return RaciAssignment.of(
        raciItem(fields),
        decoding.stakeholders.apply(orEmpty(fields.text("stakeholder"))),
        or(fields.choice("role", RaciRole.class), RaciRole.RESPONSIBLE));
  }

  private RaciItem raciItem(FormatV1Object fields) {
    String text = fields.text("item");
    if (text == null) {
      return GoalId.of("");
    }
    int colon = text.indexOf(':');
    String kind = colon < 0 ? "" : text.substring(0, colon);
    String id = text.substring(colon + 1);
    switch (kind) {
      case "goal":
        return decoding.goals.apply(id);
      case "tactic":
        return decoding.tactics.apply(id);
      case "initiative":
        return decoding.initiatives.apply(id);
      default:
        fields.bad(
            "item",
            "'" + FormatV1Shapes.abbreviate(text) + "' does not name a goal, tactic or initiative",
            "write goal:<id>, tactic:<id> or initiative:<id>");
        return GoalId.of("");
    }
  }

  private Roadmap roadmap(FormatV1Object fields) {
    return Roadmap.builder()
        .horizon(requiredRange(fields, "horizon"))
        .addAllInitiatives(fields.objects("initiatives", this::initiative))
        .build();
  }

  private Initiative initiative(FormatV1Object fields) {
    Initiative.Builder initiative =
        Initiative.builder()
            .id(decoding.initiatives.apply(orEmpty(fields.text("id"))))
            .name(orEmpty(fields.text("name")))
            .window(requiredRange(fields, "window"));
    initiative.addAllGoals(fields.texts("goals", decoding.goals));
    initiative.addAllTactics(fields.texts("tactics", decoding.tactics));
    initiative.addAllDependsOn(fields.texts("dependsOn", decoding.initiatives));
    initiative.addAllPlatforms(fields.texts("platforms", decoding.platforms));
    initiative.putAllAllocations(allocations(fields, "allocations"));
    ifPresent(fields.text("description"), initiative::description);
    initiative.putAllExtensions(fields.extensions());
    return initiative.build();
  }

  private Map<Year, Allocation> allocations(FormatV1Object fields, String name) {
    Map<Year, Allocation> allocations = new LinkedHashMap<>();
    fields.entries(
        name,
        (entry, allocation) -> {
          Year year = year(entry, allocation);
          FormatV1Object budget = allocation.object("budget");
          Money money = budget == null ? null : money(budget);
          BigDecimal staff = allocation.decimal("staff");
          if (year != null && money != null && staff != null) {
            allocations.put(year, Allocation.of(money, staff));
          }
        });
    return allocations;
  }

  private Year year(TreeNode.Field entry, FormatV1Object allocation) {
    String key = entry.key();
    if (key.length() == 4 && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Year.of(Integer.parseInt(key));
    }
    decoding.report(
        entry.line(),
        entry.column(),
        allocation.path(),
        ProblemKind.BAD_VALUE,
        "'" + FormatV1Shapes.abbreviate(key) + "' is not a year",
        "key budgets by calendar year, such as 2027");
    return null;
  }

  private TechnologyPlatform platform(FormatV1Object fields) {
    TechnologyPlatform.Builder platform =
        TechnologyPlatform.builder()
            .id(decoding.platforms.apply(orEmpty(fields.text("id"))))
            .name(orEmpty(fields.text("name")))
            .category(
                or(
                    fields.catalog("category", PlatformCategory::of, "platform category"),
                    PlatformCategory.ANALYTICS));
    ifPresent(fields.object("annualCost"), money -> ifPresent(money(money), platform::annualCost));
    ifPresent(fields.text("description"), platform::description);
    platform.putAllExtensions(fields.extensions());
    return platform.build();
  }

  private Funding funding(FormatV1Object fields) {
    Funding.Builder funding = Funding.builder();
    funding.putAllPerYear(allocations(fields, "perYear"));
    funding.addAllAgencies(fields.texts("agencies", Function.identity()));
    ifPresent(fields.text("trainingPlan"), funding::trainingPlan);
    return funding.build();
  }

  private Observation observation(FormatV1Object fields) {
    Observation.Builder observation =
        Observation.builder()
            .period(or(period(fields), SOME_RANGE))
            .metric(decoding.metrics.apply(orEmpty(fields.text("metric"))))
            .value(or(fields.decimal("value"), BigDecimal.ZERO));
    ifPresent(fields.text("tactic"), tactic -> observation.tactic(decoding.tactics.apply(tactic)));
    ifPresent(fields.text("source"), observation::source);
    return observation.build();
  }

  private TouchpointMapping attribution(FormatV1Object fields) {
    TouchpointMapping.Builder mapping =
        TouchpointMapping.builder()
            .conversionMetric(decoding.metrics.apply(orEmpty(fields.text("conversionMetric"))));
    ifPresent(
        fields.text("valueMetric"), metric -> mapping.valueMetric(decoding.metrics.apply(metric)));
    mapping.addAllRules(fields.objects("rules", this::touchpointRule));
    return mapping.build();
  }

  private TouchpointRule touchpointRule(FormatV1Object fields) {
    TouchpointRule.Builder rule =
        TouchpointRule.builder().tactic(decoding.tactics.apply(orEmpty(fields.text("tactic"))));
    ifPresent(fields.text("key"), rule::key);
    ifPresent(fields.text("channel"), rule::channel);
    ifPresent(fields.text("source"), rule::source);
    ifPresent(fields.text("medium"), rule::medium);
    ifPresent(fields.text("campaign"), rule::campaign);
    return rule.build();
  }

  private DateRange period(FormatV1Object fields) {
    TreeNode value = fields.get("period");
    return value instanceof TreeNode.Mapping
        ? range(fields.nested("period", (TreeNode.Mapping) value))
        : periodText(fields, "period", value);
  }

  private Suppression suppression(FormatV1Object fields) {
    String rule = orEmpty(fields.text("rule"));
    Subject subject = subject(fields);
    String reason = orEmpty(fields.text("reason"));
    LocalDate until = fields.date("until");
    return until == null
        ? Suppression.of(rule, subject, reason)
        : Suppression.of(rule, subject, reason, until);
  }

  private Subject subject(FormatV1Object fields) {
    String text = fields.text("subject");
    if (text == null) {
      return Subject.STRATEGY;
    }
    try {
      return Subject.parse(text);
    } catch (IllegalArgumentException e) {
      fields.bad(
          "subject",
          "'" + FormatV1Shapes.abbreviate(text) + "' is not a subject",
          "write kind:id, such as tactic:fb-shop, or one of strategy, vision, governance,"
              + " roadmap, funding");
      return Subject.STRATEGY;
    }
  }

  private DateRange requiredRange(FormatV1Object fields, String name) {
    FormatV1Object range = fields.object(name);
    return range == null ? SOME_RANGE : or(range(range), SOME_RANGE);
  }

  /** Returns a range of days, or null when an end is missing or bad. */
  private DateRange range(FormatV1Object fields) {
    LocalDate start = rangeEnd(fields, "start", true);
    LocalDate end = rangeEnd(fields, "end", false);
    return start == null || end == null ? null : decoding.range(start, end);
  }

  private LocalDate rangeEnd(FormatV1Object fields, String name, boolean first) {
    DateRange period = periodText(fields, name, fields.get(name));
    return period == null ? null : first ? period.start() : period.end();
  }

  /** Returns the days a field's day, month, quarter or year covers; null if absent or bad. */
  private DateRange periodText(FormatV1Object fields, String name, TreeNode value) {
    if (value == null) {
      return null;
    }
    String text = ((TreeNode.Scalar) value).text();
    DateRange period = decoding.periods.apply(text);
    if (period == null) {
      fields.bad(name, FormatV1Periods.notAPeriod(text), FormatV1Periods.HINT);
    }
    return period;
  }

  /** Returns money, or null when the amount or the currency is missing or bad. */
  private Money money(FormatV1Object fields) {
    BigDecimal amount = fields.decimal("amount");
    String code = fields.text("currency");
    Currency currency = code == null ? null : currency(fields, code);
    return amount == null || currency == null ? null : Money.of(amount, currency);
  }

  /** Tells whether a text has the form of a currency code: three capital letters. */
  private static boolean isCurrencyCode(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static Currency currency(FormatV1Object fields, String code) {
    if (isCurrencyCode(code)) {
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        // not a currency: reported below
      }
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    List<String> codes =
        Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).toList();
    fields.bad(
        "currency",
        "unknown currency '" + FormatV1Shapes.abbreviate(code) + "'",
        codes.contains(upper)
            ? DecodeState.didYouMean(upper)
            : NearestMatch.among(upper, codes)
                .map(DecodeState::didYouMean)
                .orElse("write an ISO 4217 code such as USD or EUR"));
    return null;
  }
}
