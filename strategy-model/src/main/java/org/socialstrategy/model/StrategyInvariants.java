package org.socialstrategy.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Checks every intrinsic invariant of one strategy in a single pass and collects all violations, in
 * a fixed order: organization, vision, sponsor, stakeholders, metrics, goals, tactics, governance,
 * roadmap, platforms, funding, observations, the touchpoint mapping, suppressions. Work is linear
 * in the size of the strategy; paths and hints are only built for violations.
 */
final class StrategyInvariants {

  /** Near-miss hints are looked for this many times at most, so hostile input stays linear. */
  private static final int MAX_HINTS = 100;

  /** The years a date may fall in, for messages: {@code 0000 to 9999}. */
  private static final String YEARS =
      String.format(Locale.ROOT, "%04d to %04d", Strategy.FIRST_YEAR, Strategy.LAST_YEAR);

  /** Lists up to this long are checked for repeats pairwise, longer ones through a hash map. */
  private static final int SHORT_LIST = 8;

  private final Strategy strategy;
  private final StrategyIndex index;
  private final List<Violation> violations = new ArrayList<>();
  private int hintsLeft = MAX_HINTS;
  private Currency currency;
  private StrategyPath currencyPath;

  private StrategyInvariants(Strategy strategy, StrategyIndex index) {
    this.strategy = strategy;
    this.index = index;
  }

  /** Checks a whole strategy. */
  static List<Violation> of(Strategy strategy, StrategyIndex index) {
    StrategyInvariants invariants = new StrategyInvariants(strategy, index);
    invariants.checkAll();
    return invariants.violations;
  }

  /**
   * Checks one element of a strategy whose other elements are known to be valid, in the given
   * currency: what a full check would report after that element was swapped in, when the swap kept
   * its id and position.
   */
  static List<Violation> ofElement(
      Strategy strategy, StrategyIndex index, Currency currency, Object element, int position) {
    StrategyInvariants invariants = new StrategyInvariants(strategy, index);
    invariants.currency = currency;
    invariants.currencyPath = StrategyPath.ROOT;
    if (element instanceof Observation) {
      for (int i = position; i < strategy.observations().size(); i++) {
        invariants.checkObservation(i, strategy.observations().get(i));
      }
    } else if (element instanceof Tactic) {
      invariants.checkTactic(position, (Tactic) element);
    } else if (element instanceof BusinessGoal) {
      invariants.checkGoal(position, (BusinessGoal) element);
    } else if (element instanceof Metric) {
      invariants.checkMetric(position, (Metric) element);
    } else {
      invariants.checkStakeholder(position, (Stakeholder) element);
    }
    return invariants.violations;
  }

  /** Returns the currency of the first amount in the order the full check meets amounts. */
  static Optional<Currency> firstCurrency(Strategy strategy) {
    for (Metric metric : strategy.metrics()) {
      if (metric.valuePerUnit().isPresent()) {
        return Optional.of(metric.valuePerUnit().get().currency());
      }
    }
    for (Tactic tactic : strategy.tactics()) {
      if (tactic.cost().isPresent()) {
        return Optional.of(tactic.cost().get().currency());
      }
    }
    for (Initiative initiative : strategy.initiatives()) {
      for (Allocation allocation : initiative.allocations().values()) {
        return Optional.of(allocation.budget().currency());
      }
    }
    for (TechnologyPlatform platform : strategy.platforms()) {
      if (platform.annualCost().isPresent()) {
        return Optional.of(platform.annualCost().get().currency());
      }
    }
    return strategy.funding().perYear().values().stream()
        .map(allocation -> allocation.budget().currency())
        .findFirst();
  }

  private void checkAll() {
    checkOrganization();
    checkVision();
    strategy.sponsor().ifPresent(s -> stakeholderRef(StrategyPath.ROOT, "sponsor", s));
    checkStakeholders();
    checkMetrics();
    checkGoals();
    checkTactics();
    checkGovernance();
    strategy.roadmap().ifPresent(this::checkRoadmap);
    checkPlatforms();
    checkFunding();
    checkObservations();
    strategy.attribution().ifPresent(this::checkAttribution);
    checkSuppressions();
    extensions(StrategyPath.ROOT, strategy.extensions());
  }

  private void checkOrganization() {
    text(StrategyPath.ROOT.field("organization"), "name", strategy.organization().name());
  }

  private void checkVision() {
    strategy
        .vision()
        .ifPresent(
            vision -> {
              StrategyPath path = StrategyPath.ROOT.field("vision");
              text(path, "statement", vision.statement());
              range(path.field("horizon"), vision.horizon());
            });
  }

  private void checkStakeholders() {
    List<Stakeholder> stakeholders = strategy.stakeholders();
    for (int i = 0; i < stakeholders.size(); i++) {
      checkStakeholder(i, stakeholders.get(i));
    }
  }

  private void checkStakeholder(int i, Stakeholder stakeholder) {
    StrategyPath path = element("stakeholders", i, stakeholder.id(), index.stakeholders);
    id(path, "stakeholders", i, stakeholder.id(), index.stakeholders);
    text(path, "title", stakeholder.title());
    extensions(path, stakeholder.extensions());
  }

  private void checkMetrics() {
    List<Metric> metrics = strategy.metrics();
    for (int i = 0; i < metrics.size(); i++) {
      checkMetric(i, metrics.get(i));
    }
  }

  private void checkMetric(int i, Metric metric) {
    StrategyPath path = element("metrics", i, metric.id(), index.metrics);
    id(path, "metrics", i, metric.id(), index.metrics);
    text(path, "name", metric.name());
    text(path, "unit", metric.unit());
    metric.valuePerUnit().ifPresent(v -> money(path.field("valuePerUnit"), "value per unit", v));
    extensions(path, metric.extensions());
  }

  private void checkGoals() {
    List<BusinessGoal> goals = strategy.goals();
    for (int i = 0; i < goals.size(); i++) {
      checkGoal(i, goals.get(i));
    }
  }

  private void checkGoal(int i, BusinessGoal goal) {
    StrategyPath path = element("goals", i, goal.id(), index.goals);
    id(path, "goals", i, goal.id(), index.goals);
    text(path, "title", goal.title());
    goal.sponsor().ifPresent(s -> stakeholderRef(path, "sponsor", s));
    weight(path.field("weight"), goal.weight());
    List<Objective> objectives = goal.objectives();
    for (int j = 0; j < objectives.size(); j++) {
      checkObjective(path.index("objectives", j), objectives.get(j));
    }
    extensions(path, goal.extensions());
  }

  private void checkObjective(StrategyPath path, Objective objective) {
    ref(path, "metric", -1, objective.metric(), index.metrics, this::metricIds);
    decimal(path, "baseline", objective.baseline());
    decimal(path, "target", objective.target());
    objective.stretch().ifPresent(stretch -> decimal(path, "stretch", stretch));
    day(path, "due", objective.due());
    objective.baselineDate().ifPresent(date -> day(path, "baselineDate", date));
    objective
        .stretch()
        .ifPresent(
            stretch -> {
              Direction direction = objective.direction();
              int side = stretch.compareTo(objective.target());
              if (direction == Direction.MAINTAIN) {
                report(
                    path.field("stretch"),
                    ViolationKind.OUT_OF_RANGE,
                    "a stretch target needs a target that differs from the baseline "
                        + plain(objective.baseline()));
              } else if (direction == Direction.INCREASE ? side <= 0 : side >= 0) {
                report(
                    path.field("stretch"),
                    ViolationKind.OUT_OF_RANGE,
                    "stretch "
                        + plain(stretch)
                        + " does not go beyond the target "
                        + plain(objective.target())
                        + (direction == Direction.INCREASE
                            ? " (higher is better)"
                            : " (lower is better)"));
              }
            });
    objective
        .baselineDate()
        .filter(date -> date.isAfter(objective.due()))
        .ifPresent(
            date ->
                report(
                    path.field("baselineDate"),
                    ViolationKind.DATE_ORDER,
                    "baseline date " + date + " is after the due date " + objective.due()));
  }

  private void checkTactics() {
    List<Tactic> tactics = strategy.tactics();
    for (int i = 0; i < tactics.size(); i++) {
      checkTactic(i, tactics.get(i));
    }
  }

  private void checkTactic(int i, Tactic tactic) {
    StrategyPath path = element("tactics", i, tactic.id(), index.tactics);
    id(path, "tactics", i, tactic.id(), index.tactics);
    text(path, "name", tactic.name());
    checkSupports(path, tactic.supports());
    refs(path, "tracks", tactic.tracks(), index.metrics, this::metricIds);
    if (tactic.owner().isPresent()) {
      stakeholderRef(path, "owner", tactic.owner().get());
    }
    if (tactic.cost().isPresent()) {
      money(path, "cost", "cost", tactic.cost().get());
    }
    if (tactic.window().isPresent() && !isSound(tactic.window().get())) {
      range(path.field("window"), tactic.window().get());
    }
    quantity(path, "customer", tactic.value().customer());
    quantity(path, "organization", tactic.value().organization());
    extensions(path, tactic.extensions());
  }

  private void checkSupports(StrategyPath path, List<GoalSupport> supports) {
    BigDecimal total = BigDecimal.ZERO;
    boolean weighted = false;
    for (int j = 0; j < supports.size(); j++) {
      GoalSupport support = supports.get(j);
      ref(path, "supports", j, support.goal(), index.goals, this::goalIds);
      OptionalDouble weight = support.weight();
      if (weight.isPresent()) {
        weighted = true;
        total = total.add(BigDecimal.valueOf(weight.getAsDouble()));
        if (outOfRange(weight.getAsDouble())) {
          weight(path.index("supports", j).field("weight"), weight.getAsDouble());
        }
      }
    }
    if (supports.size() > 1) {
      repeats(path, "supports", supports.size(), j -> supports.get(j).goal());
    }
    if (weighted && total.compareTo(BigDecimal.ONE) > 0) {
      report(
          path.field("supports"),
          ViolationKind.OUT_OF_RANGE,
          "contribution weights add up to "
              + total.stripTrailingZeros().toPlainString()
              + ", more than 1");
    }
  }

  private void checkGovernance() {
    Governance governance = strategy.governance();
    StrategyPath path = StrategyPath.ROOT.field("governance");
    governance
        .hub()
        .ifPresent(
            hub -> {
              StrategyPath hubPath = path.field("hub");
              text(hubPath, "name", hub.name());
              hub.lead().ifPresent(lead -> stakeholderRef(hubPath, "lead", lead));
              refs(hubPath, "members", hub.members(), index.stakeholders, this::stakeholderIds);
            });
    List<Guideline> guidelines = governance.guidelines();
    for (int i = 0; i < guidelines.size(); i++) {
      Guideline guideline = guidelines.get(i);
      StrategyPath guidelinePath = element(path, "guidelines", i, guideline.id(), index.guidelines);
      id(guidelinePath, "governance.guidelines", i, guideline.id(), index.guidelines);
      text(guidelinePath, "title", guideline.title());
    }
    List<RaciAssignment> raci = governance.raci();
    for (int i = 0; i < raci.size(); i++) {
      RaciAssignment assignment = raci.get(i);
      StrategyPath assignmentPath = path.index("raci", i);
      RaciItem item = assignment.item();
      if (!index.contains(item)) {
        unknown(assignmentPath.field("item"), item.kind(), item.value(), raciCandidates(item));
      }
      stakeholderRef(assignmentPath, "stakeholder", assignment.stakeholder());
    }
  }

  private Iterable<String> raciCandidates(RaciItem item) {
    if (item instanceof GoalId) {
      return goalIds();
    }
    if (item instanceof TacticId) {
      return ids(strategy.tactics(), Tactic::id);
    }
    return ids(strategy.initiatives(), Initiative::id);
  }

  private void checkRoadmap(Roadmap roadmap) {
    StrategyPath path = StrategyPath.ROOT.field("roadmap");
    range(path.field("horizon"), roadmap.horizon());
    List<Initiative> initiatives = roadmap.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      StrategyPath initiativePath =
          element(path, "initiatives", i, initiative.id(), index.initiatives);
      id(initiativePath, "roadmap.initiatives", i, initiative.id(), index.initiatives);
      text(initiativePath, "name", initiative.name());
      range(initiativePath.field("window"), initiative.window());
      refs(initiativePath, "goals", initiative.goals(), index.goals, this::goalIds);
      refs(
          initiativePath,
          "tactics",
          initiative.tactics(),
          index.tactics,
          () -> ids(strategy.tactics(), Tactic::id));
      refs(
          initiativePath,
          "dependsOn",
          initiative.dependsOn(),
          index.initiatives,
          () -> ids(strategy.initiatives(), Initiative::id));
      for (int j = 0; j < initiative.dependsOn().size(); j++) {
        if (initiative.dependsOn().get(j).equals(initiative.id())) {
          report(
              initiativePath.index("dependsOn", j),
              ViolationKind.SELF_REFERENCE,
              "initiative '" + initiative.id() + "' depends on itself");
        }
      }
      refs(
          initiativePath,
          "platforms",
          initiative.platforms(),
          index.platforms,
          () -> ids(strategy.platforms(), TechnologyPlatform::id));
      allocations(initiativePath, "allocations", initiative.allocations());
      extensions(initiativePath, initiative.extensions());
    }
  }

  private void checkPlatforms() {
    List<TechnologyPlatform> platforms = strategy.platforms();
    for (int i = 0; i < platforms.size(); i++) {
      TechnologyPlatform platform = platforms.get(i);
      StrategyPath path = element("platforms", i, platform.id(), index.platforms);
      id(path, "platforms", i, platform.id(), index.platforms);
      text(path, "name", platform.name());
      platform.annualCost().ifPresent(c -> money(path.field("annualCost"), "annual cost", c));
      extensions(path, platform.extensions());
    }
  }

  private void checkFunding() {
    allocations(StrategyPath.ROOT.field("funding"), "perYear", strategy.funding().perYear());
  }

  private void allocations(StrategyPath path, String name, Map<Year, Allocation> allocations) {
    for (Map.Entry<Year, Allocation> entry : allocations.entrySet()) {
      StrategyPath yearPath = path.key(name, entry.getKey().toString());
      if (!isInYears(entry.getKey().getValue())) {
        report(
            yearPath,
            ViolationKind.OUT_OF_RANGE,
            "the year " + entry.getKey() + " is outside the years " + YEARS);
      }
      money(yearPath.field("budget"), "budget", entry.getValue().budget());
      BigDecimal staff = entry.getValue().staff();
      decimal(yearPath, "staff", staff);
      if (staff.signum() < 0) {
        report(
            yearPath.field("staff"),
            ViolationKind.NEGATIVE_AMOUNT,
            "staff must not be negative: " + plain(staff));
      }
    }
  }

  private void checkObservations() {
    List<Observation> observations = strategy.observations();
    for (int i = 0; i < observations.size(); i++) {
      checkObservation(i, observations.get(i));
    }
  }

  /** Checks an observation; its path is only made for a violation, as observations abound. */
  private void checkObservation(int i, Observation observation) {
    if (!index.metrics.containsKey(observation.metric())) {
      ref(observation(i), "metric", -1, observation.metric(), index.metrics, this::metricIds);
    }
    Optional<TacticId> tactic = observation.tactic();
    if (tactic.isPresent() && !index.tactics.containsKey(tactic.get())) {
      ref(
          observation(i),
          "tactic",
          -1,
          tactic.get(),
          index.tactics,
          () -> ids(strategy.tactics(), Tactic::id));
    }
    if (!isSound(observation.period())) {
      range(observation(i).field("period"), observation.period());
    }
    if (observation.source().isPresent() && observation.source().get().isBlank()) {
      text(observation(i), "source", "");
    }
    if (isOutOfRange(observation.value())) {
      decimal(observation(i), "value", observation.value());
    }
  }

  private static StrategyPath observation(int i) {
    return StrategyPath.ROOT.index("observations", i);
  }

  private void checkAttribution(TouchpointMapping mapping) {
    StrategyPath path = StrategyPath.ROOT.field("attribution");
    ref(path, "conversionMetric", -1, mapping.conversionMetric(), index.metrics, this::metricIds);
    mapping
        .valueMetric()
        .ifPresent(
            metric -> {
              ref(path, "valueMetric", -1, metric, index.metrics, this::metricIds);
              if (metric.equals(mapping.conversionMetric())) {
                report(
                    path.field("valueMetric"),
                    ViolationKind.INCONSISTENT,
                    "value metric '"
                        + metric
                        + "' is the conversion metric: the value of conversions needs a metric of"
                        + " its own");
              }
            });
    List<TouchpointRule> rules = mapping.rules();
    for (int i = 0; i < rules.size(); i++) {
      TouchpointRule rule = rules.get(i);
      StrategyPath rulePath = path.index("rules", i);
      rule.problem()
          .ifPresent(
              problem ->
                  report(rulePath, ViolationKind.INCONSISTENT, "touchpoint rule " + problem));
      ref(
          rulePath,
          "tactic",
          -1,
          rule.tactic(),
          index.tactics,
          () -> ids(strategy.tactics(), Tactic::id));
    }
  }

  private void checkSuppressions() {
    List<Suppression> suppressions = strategy.suppressions();
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression suppression = suppressions.get(i);
      StrategyPath path = StrategyPath.ROOT.index("suppressions", i);
      text(path, "rule", suppression.rule());
      text(path, "reason", suppression.reason());
      Subject subject = suppression.subject();
      subject
          .id()
          .ifPresent(
              id -> {
                Map<? extends Identifier, Integer> positions = positionsOf(subject.kind());
                if (!positions.containsKey(identifier(subject.kind(), id))) {
                  unknown(
                      path.field("subject"),
                      subject.kind().key(),
                      id,
                      () -> positions.keySet().stream().map(Identifier::value).sorted().iterator());
                }
              });
    }
  }

  private Map<? extends Identifier, Integer> positionsOf(SubjectKind kind) {
    switch (kind) {
      case GOAL:
        return index.goals;
      case METRIC:
        return index.metrics;
      case TACTIC:
        return index.tactics;
      case STAKEHOLDER:
        return index.stakeholders;
      case GUIDELINE:
        return index.guidelines;
      case INITIATIVE:
        return index.initiatives;
      default:
        return index.platforms;
    }
  }

  private static Identifier identifier(SubjectKind kind, String id) {
    switch (kind) {
      case GOAL:
        return GoalId.of(id);
      case METRIC:
        return MetricId.of(id);
      case TACTIC:
        return TacticId.of(id);
      case STAKEHOLDER:
        return StakeholderId.of(id);
      case GUIDELINE:
        return GuidelineId.of(id);
      case INITIATIVE:
        return InitiativeId.of(id);
      default:
        return PlatformId.of(id);
    }
  }

  private void extensions(StrategyPath path, Map<String, ExtensionValue> extensions) {
    for (String key : extensions.keySet()) {
      if (!key.startsWith("x-")) {
        report(
            path.key("extensions", key),
            ViolationKind.EXTENSION_KEY,
            "extension key '" + key + "' does not start with 'x-'");
      }
    }
  }

  private static <K extends Identifier> StrategyPath element(
      String name, int position, K id, Map<K, Integer> positions) {
    return element(StrategyPath.ROOT, name, position, id, positions);
  }

  /** An element is named by its id when the id is usable: not blank and not a repeat. */
  private static <K extends Identifier> StrategyPath element(
      StrategyPath parent, String name, int position, K id, Map<K, Integer> positions) {
    Integer first = positions.get(id);
    return !id.isBlank() && first != null && first == position
        ? parent.element(name, position, id.value())
        : parent.index(name, position);
  }

  private <K extends Identifier> void id(
      StrategyPath path, String list, int position, K id, Map<K, Integer> positions) {
    if (id.isBlank()) {
      report(path.field("id"), ViolationKind.BLANK_ID, id.kind() + " id must not be blank");
      return;
    }
    int first = positions.get(id);
    if (first != position) {
      report(
          path.field("id"),
          ViolationKind.DUPLICATE_ID,
          "duplicate "
              + id.kind()
              + " id '"
              + id
              + "', already used by "
              + list
              + "["
              + first
              + "]");
    }
  }

  private void text(StrategyPath parent, String field, String value) {
    if (value.isBlank()) {
      report(parent.field(field), ViolationKind.BLANK_TEXT, field + " must not be blank");
    }
  }

  private void stakeholderRef(StrategyPath parent, String field, StakeholderId id) {
    ref(parent, field, -1, id, index.stakeholders, this::stakeholderIds);
  }

  /**
   * Checks a reference at a field of the parent, or at an item of a list field when the position is
   * not negative; the path is only made for a violation.
   */
  private <K extends Identifier> void ref(
      StrategyPath parent,
      String field,
      int position,
      K id,
      Map<K, Integer> positions,
      Supplier<Iterable<String>> candidates) {
    if (!positions.containsKey(id)) {
      StrategyPath path = position < 0 ? parent.field(field) : parent.index(field, position);
      unknown(path, id.kind(), id.value(), candidates.get());
    }
  }

  private <K extends Identifier> void refs(
      StrategyPath parent,
      String list,
      List<K> ids,
      Map<K, Integer> positions,
      Supplier<Iterable<String>> candidates) {
    for (int j = 0; j < ids.size(); j++) {
      ref(parent, list, j, ids.get(j), positions, candidates);
    }
    if (ids.size() > 1) {
      repeats(parent, list, ids.size(), ids::get);
    }
  }

  /**
   * Reports every element of the list that names the same id as an earlier one. Lists are short as
   * a rule and are compared pairwise; long ones go through a hash map.
   */
  private <K extends Identifier> void repeats(
      StrategyPath parent, String list, int size, IntFunction<K> idAt) {
    if (size <= SHORT_LIST) {
      for (int j = 1; j < size; j++) {
        K id = idAt.apply(j);
        for (int first = 0; first < j; first++) {
          if (idAt.apply(first).equals(id)) {
            repeat(parent, list, j, id, first);
            break;
          }
        }
      }
      return;
    }
    Map<K, Integer> firsts = new HashMap<>();
    for (int j = 0; j < size; j++) {
      K id = idAt.apply(j);
      Integer first = firsts.putIfAbsent(id, j);
      if (first != null) {
        repeat(parent, list, j, id, first);
      }
    }
  }

  private void repeat(StrategyPath parent, String list, int position, Identifier id, int first) {
    report(
        parent.index(list, position),
        ViolationKind.REPEATED_REFERENCE,
        id.kind() + " '" + id + "' is listed twice, first at " + list + "[" + first + "]");
  }

  private void unknown(StrategyPath path, String kind, String value, Iterable<String> candidates) {
    String message = "unknown " + kind + " '" + value + "'";
    Optional<String> near = Optional.empty();
    if (hintsLeft > 0) {
      hintsLeft--;
      near = NearestMatch.among(value, candidates);
    }
    violations.add(
        near.map(
                match ->
                    Violation.of(
                        path,
                        ViolationKind.UNKNOWN_REFERENCE,
                        message,
                        "did you mean '" + match + "'?"))
            .orElseGet(() -> Violation.of(path, ViolationKind.UNKNOWN_REFERENCE, message)));
  }

  private void range(StrategyPath path, DateRange range) {
    if (!range.isOrdered()) {
      LocalDate start = range.start();
      report(path, ViolationKind.DATE_ORDER, "end " + range.end() + " is before start " + start);
    }
    day(path, "start", range.start());
    day(path, "end", range.end());
  }

  /** Tells whether a range is ordered and within the years; cheap, for the many observations. */
  private static boolean isSound(DateRange range) {
    return range.isOrdered()
        && isInYears(range.start().getYear())
        && isInYears(range.end().getYear());
  }

  private static boolean isInYears(int year) {
    return year >= Strategy.FIRST_YEAR && year <= Strategy.LAST_YEAR;
  }

  private void day(StrategyPath parent, String field, LocalDate day) {
    if (!isInYears(day.getYear())) {
      report(
          parent.field(field),
          ViolationKind.OUT_OF_RANGE,
          "the day " + day + " is outside the years " + YEARS);
    }
  }

  private static boolean isOutOfRange(BigDecimal number) {
    return Math.abs((long) number.scale()) > Strategy.MAX_DECIMAL_EXPONENT;
  }

  private void decimal(StrategyPath parent, String field, BigDecimal number) {
    if (isOutOfRange(number)) {
      report(
          parent.field(field),
          ViolationKind.OUT_OF_RANGE,
          field
              + " "
              + number
              + " is out of range: its exponent is beyond "
              + Strategy.MAX_DECIMAL_EXPONENT);
    }
  }

  private void quantity(StrategyPath tactic, String side, ValueSide<?> value) {
    if (value.quantity().isPresent() && isOutOfRange(value.quantity().get().amount())) {
      decimal(
          tactic.field("value").field(side).field("quantity"),
          "amount",
          value.quantity().get().amount());
    }
  }

  /** Checks money at a field of the parent; the path is only made when it is needed. */
  private void money(StrategyPath parent, String field, String what, Money money) {
    if (money.isNegative()
        || currency == null
        || !currency.equals(money.currency())
        || isOutOfRange(money.amount())) {
      money(parent.field(field), what, money);
    }
  }

  private void money(StrategyPath path, String what, Money money) {
    if (isOutOfRange(money.amount())) {
      report(
          path,
          ViolationKind.OUT_OF_RANGE,
          what
              + " "
              + money
              + " is out of range: its exponent is beyond "
              + Strategy.MAX_DECIMAL_EXPONENT);
    }
    if (money.isNegative()) {
      report(
          path, ViolationKind.NEGATIVE_AMOUNT, what + " must not be negative: " + money.display());
    }
    if (currency == null) {
      currency = money.currency();
      currencyPath = path;
    } else if (!currency.equals(money.currency())) {
      report(
          path,
          ViolationKind.MIXED_CURRENCY,
          "currency "
              + money.currency().getCurrencyCode()
              + " mixed with "
              + currency.getCurrencyCode()
              + ": all amounts of a strategy are in one currency, set by "
              + currencyPath);
    }
  }

  private static boolean outOfRange(double weight) {
    return !(weight > 0 && weight <= 1);
  }

  private void weight(StrategyPath path, double weight) {
    if (outOfRange(weight)) {
      report(path, ViolationKind.OUT_OF_RANGE, "weight must be in (0, 1]: " + weight);
    }
  }

  private void report(StrategyPath path, ViolationKind kind, String message) {
    violations.add(Violation.of(path, kind, message));
  }

  private static String plain(BigDecimal number) {
    return number.toString();
  }

  private Iterable<String> goalIds() {
    return ids(strategy.goals(), BusinessGoal::id);
  }

  private Iterable<String> metricIds() {
    return ids(strategy.metrics(), Metric::id);
  }

  private Iterable<String> stakeholderIds() {
    return ids(strategy.stakeholders(), Stakeholder::id);
  }

  private static <E> Iterable<String> ids(List<E> elements, Function<E, Identifier> id) {
    return () -> elements.stream().map(e -> id.apply(e).value()).iterator();
  }
}
