package org.socialstrategy.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.BusinessGoal;
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
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.MetricId;
import org.socialstrategy.model.MetricKind;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.RaciAssignment;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.StakeholderId;
import org.socialstrategy.model.StakeholderRole;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.ValueExchange;
import org.socialstrategy.model.ValueSide;
import org.socialstrategy.model.Vision;

/**
 * Makes valid strategies of any size from a seed: the same seed and settings always give an equal
 * strategy.
 *
 * <p>A generated strategy is sound in every respect but the tactics' alignment, which {@link
 * Alignment} sets: it has a three-year vision and roadmap, an aligned executive sponsor, a hub with
 * guidelines and a RACI (exactly one accountable and one responsible per goal and initiative),
 * goals with sponsors and business-outcome objectives, initiatives that serve goals and depend only
 * on earlier ones that end before they start, platforms each enabled by an initiative, and funding
 * above planned spend in every year. Tactics are spread over business functions and channels,
 * social and offline. A goal is served by a tactic when there are at least as many tactics as
 * goals.
 *
 * <pre>{@code
 * Strategy large = StrategyGenerator.scaledTo(100_000).seed(42).build().generate();
 * Strategy messy = StrategyGenerator.builder().tactics(40).alignment(Alignment.MIXED).build().generate();
 * }</pre>
 */
public final class StrategyGenerator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FUNDING_MARGIN = new BigDecimal("1.10");
  private static final BigDecimal INITIATIVE_OVERHEAD = new BigDecimal("5000.00");
  private static final int HORIZON_YEARS = 3;

  private final long seed;
  private final int goals;
  private final int tactics;
  private final int initiatives;
  private final int observations;
  private final Alignment alignment;
  private final int firstYear;
  private final Currency currency;
  private final boolean extras;

  private StrategyGenerator(Builder builder) {
    this.seed = builder.seed;
    this.goals = builder.goals;
    this.tactics = builder.tactics;
    this.initiatives = builder.initiatives;
    this.observations = builder.observations;
    this.alignment = builder.alignment;
    this.firstYear = builder.firstYear;
    this.currency = builder.currency;
    this.extras = builder.extras;
  }

  /**
   * Returns a builder with small defaults: 4 goals, 12 tactics, 3 initiatives, 24 observations,
   * fully aligned, seed 0, starting in 2027, in US dollars.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder sized for the given number of tactics, with goals, initiatives and
   * observations scaled with it: a goal per 200 tactics (3 to 500), an initiative per 100 (at least
   * 3), and two observations per tactic.
   *
   * @param tactics the number of tactics
   * @return a builder
   */
  public static Builder scaledTo(int tactics) {
    return builder()
        .tactics(tactics)
        .goals(Math.max(3, Math.min(500, tactics / 200)))
        .initiatives(Math.max(3, tactics / 100))
        .observations(2 * tactics);
  }

  /**
   * Makes the strategy.
   *
   * @return a valid strategy
   */
  public Strategy generate() {
    Strategy strategy = new Run().strategy();
    return extras ? FileEdgeCases.apply(strategy, seed) : strategy;
  }

  /**
   * Describes the settings, so that a generated strategy can be made again.
   *
   * @return the settings as text
   */
  @Override
  public String toString() {
    return "StrategyGenerator{seed="
        + seed
        + ", goals="
        + goals
        + ", tactics="
        + tactics
        + ", initiatives="
        + initiatives
        + ", observations="
        + observations
        + ", alignment="
        + alignment
        + ", firstYear="
        + firstYear
        + ", currency="
        + currency
        + (extras ? ", extras=true" : "")
        + "}";
  }

  /** Settings for a {@link StrategyGenerator}. */
  public static final class Builder {
    private long seed;
    private int goals = 4;
    private int tactics = 12;
    private int initiatives = 3;
    private int observations = 24;
    private Alignment alignment = Alignment.FULLY_ALIGNED;
    private int firstYear = 2027;
    private Currency currency = Currency.getInstance("USD");
    private boolean extras;

    private Builder() {}

    /**
     * Sets the seed.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of business goals.
     *
     * @param goals at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder goals(int goals) {
      this.goals = atLeast(goals, 1, "goals");
      return this;
    }

    /**
     * Sets the number of tactics.
     *
     * @param tactics zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder tactics(int tactics) {
      this.tactics = atLeast(tactics, 0, "tactics");
      return this;
    }

    /**
     * Sets the number of roadmap initiatives.
     *
     * @param initiatives at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder initiatives(int initiatives) {
      this.initiatives = atLeast(initiatives, 1, "initiatives");
      return this;
    }

    /**
     * Sets the number of observations.
     *
     * @param observations zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder observations(int observations) {
      this.observations = atLeast(observations, 0, "observations");
      return this;
    }

    /**
     * Sets how well the tactics are aligned.
     *
     * @param alignment the alignment
     * @return this builder
     */
    public Builder alignment(Alignment alignment) {
      this.alignment = Objects.requireNonNull(alignment, "alignment");
      return this;
    }

    /**
     * Sets the first year of the three-year vision and roadmap.
     *
     * @param firstYear the first calendar year
     * @return this builder
     */
    public Builder firstYear(int firstYear) {
      this.firstYear = firstYear;
      return this;
    }

    /**
     * Sets the currency of every amount.
     *
     * @param currency the currency
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    /**
     * Sets whether to add what files must carry but plain strategies leave out: custom catalog
     * values (channels of every kind, functions, roles, platform categories, kinds of value and of
     * customer), {@code x-} extensions with nested values and decimals with trailing zeros,
     * suppressions, optional values left out, observation periods of every shape, and texts that
     * are easy to mangle (number-like, multi-line, quoted, non-ASCII). Off by default; the rest of
     * the strategy is the same either way.
     *
     * @param extras true to add them
     * @return this builder
     */
    public Builder extras(boolean extras) {
      this.extras = extras;
      return this;
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     */
    public StrategyGenerator build() {
      return new StrategyGenerator(this);
    }

    private static int atLeast(int value, int minimum, String what) {
      if (value < minimum) {
        throw new IllegalArgumentException(what + " must be at least " + minimum + ": " + value);
      }
      return value;
    }
  }

  /** One generation: the random source and what has been made so far. */
  private final class Run {
    private final SplittableRandom random = new SplittableRandom(seed);
    private final List<Stakeholder> stakeholders = new ArrayList<>();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final List<BusinessGoal> goalList = new ArrayList<>();
    private final List<Vocabulary.GoalName> goalNames = new ArrayList<>();
    private final List<MetricId> tacticMetrics = new ArrayList<>();
    private final List<Tactic> tacticList = new ArrayList<>();
    private final List<Initiative> initiativeList = new ArrayList<>();
    private final List<TechnologyPlatform> platformList = new ArrayList<>();
    private final Set<BusinessFunction> functions = new LinkedHashSet<>();
    private final List<StakeholderId> practitioners = new ArrayList<>();

    Strategy strategy() {
      Vocabulary.OrganizationName organization = pick(Vocabulary.ORGANIZATIONS);
      addExecutives();
      addGoals();
      addPractitioners();
      addVanityMetrics();
      addPlatforms();
      addTactics();
      addInitiatives();
      return Strategy.builder()
          .organization(
              Organization.builder()
                  .name(organization.name())
                  .sector(organization.sector())
                  .customerKind(organization.customers())
                  .build())
          .vision(
              Vision.builder()
                  .statement(organization.vision())
                  .horizon(horizon())
                  .customerValue(
                      "Customers get savings, answers and a voice where they already are")
                  .internalValue("Every function uses social to reach its own business goals")
                  .build())
          .sponsor(executive("ceo"))
          .addAllStakeholders(stakeholders)
          .addAllMetrics(metrics.values())
          .addAllGoals(goalList)
          .addAllTactics(tacticList)
          .governance(governance())
          .roadmap(Roadmap.builder().horizon(horizon()).addAllInitiatives(initiativeList).build())
          .addAllPlatforms(platformList)
          .funding(funding())
          .addAllObservations(observationList())
          .build();
    }

    private DateRange horizon() {
      return DateRange.years(firstYear, firstYear + HORIZON_YEARS - 1);
    }

    private void addExecutives() {
      String[][] executives = {
        {"ceo", "Chief Executive Officer"},
        {"cmo", "Chief Marketing Officer"},
        {"coo", "Chief Operating Officer"},
        {"cio", "Chief Information Officer"},
        {"chro", "Chief Human Resources Officer"},
        {"cfo", "Chief Financial Officer"}
      };
      for (String[] executive : executives) {
        stakeholders.add(
            Stakeholder.builder()
                .id(executive[0])
                .title(executive[1])
                .role(StakeholderRole.EXECUTIVE)
                .executive(true)
                .alignment(ExecutiveAlignment.ALIGNED)
                .build());
      }
      stakeholders.add(
          Stakeholder.builder()
              .id("hub-lead")
              .title("Head of Social Business")
              .role(StakeholderRole.HUB_LEAD)
              .function(BusinessFunction.COMMUNICATIONS)
              .alignment(ExecutiveAlignment.ALIGNED)
              .build());
    }

    private StakeholderId executive(String id) {
      return StakeholderId.of(id);
    }

    private StakeholderId sponsorOf(BusinessFunction function) {
      if (function.equals(BusinessFunction.SALES) || function.equals(BusinessFunction.MARKETING)) {
        return executive("cmo");
      }
      if (function.equals(BusinessFunction.HUMAN_RESOURCES)
          || function.equals(BusinessFunction.EMPLOYEE_ENGAGEMENT)) {
        return executive("chro");
      }
      if (function.equals(BusinessFunction.PRODUCT_INNOVATION)) {
        return executive("cio");
      }
      return executive("coo");
    }

    private StakeholderId headOf(BusinessFunction function) {
      StakeholderId id = StakeholderId.of("head-of-" + function.key());
      if (functions.add(function)) {
        stakeholders.add(
            Stakeholder.builder()
                .id(id)
                .title("Head of " + function.label())
                .role(StakeholderRole.DEPARTMENT_HEAD)
                .function(function)
                .alignment(ExecutiveAlignment.ENGAGED)
                .build());
      }
      return id;
    }

    private void addGoals() {
      int offset = random.nextInt(Vocabulary.GOALS.size());
      for (int i = 0; i < goals; i++) {
        Vocabulary.GoalName name = Vocabulary.GOALS.get((offset + i) % Vocabulary.GOALS.size());
        int round = i / Vocabulary.GOALS.size();
        String suffix = round == 0 ? "" : "-" + (round + 1);
        String title =
            round == 0
                ? name.title()
                : name.title()
                    + " "
                    + Vocabulary.SEGMENTS.get((round - 1) % Vocabulary.SEGMENTS.size())
                    + (round > Vocabulary.SEGMENTS.size() ? " (" + round + ")" : "");
        MetricId objectiveMetric = metric(name.objectiveMetric(), suffix);
        MetricId tacticMetric = metric(name.tacticMetric(), suffix);
        headOf(name.function());
        BusinessGoal.Builder goal =
            BusinessGoal.builder()
                .id(name.slug() + suffix)
                .title(title)
                .function(name.function())
                .sponsor(sponsorOf(name.function()))
                .weight((5 + random.nextInt(16)) / 20.0)
                .addObjective(objective(objectiveMetric, name.lowerIsBetter(), name.title()));
        if (!tacticMetric.equals(objectiveMetric)) {
          goal.addObjective(objective(tacticMetric, false, name.tacticMetric().name()));
        }
        goalList.add(goal.build());
        goalNames.add(name);
        tacticMetrics.add(tacticMetric);
      }
    }

    private MetricId metric(Vocabulary.MetricName name, String suffix) {
      MetricId id = MetricId.of(name.id() + suffix);
      metrics.computeIfAbsent(
          id.value(),
          key -> {
            Metric.Builder metric =
                Metric.builder()
                    .id(id)
                    .name(name.name())
                    .unit(name.unit())
                    .kind(MetricKind.BUSINESS_OUTCOME)
                    .aggregation(name.aggregation());
            if (name.valuePerUnit() != null) {
              metric.valuePerUnit(Money.of(new BigDecimal(name.valuePerUnit()), currency));
            }
            return metric.build();
          });
      return id;
    }

    private Objective objective(MetricId metric, boolean lowerIsBetter, String statement) {
      BigDecimal baseline = BigDecimal.valueOf(100 + random.nextInt(4_900));
      BigDecimal target =
          lowerIsBetter
              ? baseline
                  .multiply(BigDecimal.valueOf(50 + random.nextInt(31)))
                  .divide(HUNDRED, 0, RoundingMode.HALF_UP)
              : baseline
                  .multiply(BigDecimal.valueOf(150 + random.nextInt(151)))
                  .divide(HUNDRED, 0, RoundingMode.HALF_UP);
      Objective.Builder objective =
          Objective.builder()
              .metric(metric)
              .baseline(baseline)
              .target(target)
              .baselineDate(LocalDate.of(firstYear, 1, 1))
              .due(LocalDate.of(firstYear + 1 + random.nextInt(HORIZON_YEARS - 1), 12, 31))
              .statement(statement);
      if (random.nextBoolean()) {
        BigDecimal step =
            target.subtract(baseline).divide(BigDecimal.valueOf(4), 0, RoundingMode.UP);
        objective.stretch(target.add(step.signum() == 0 ? BigDecimal.ONE : step));
      }
      return objective.build();
    }

    private void addPractitioners() {
      int count = Math.max(2, tactics / 50);
      for (int i = 1; i <= count; i++) {
        StakeholderId id = StakeholderId.of("practitioner-" + i);
        practitioners.add(id);
        stakeholders.add(
            Stakeholder.builder()
                .id(id)
                .title("Community manager " + i)
                .role(StakeholderRole.PRACTITIONER)
                .alignment(ExecutiveAlignment.ALIGNED)
                .build());
      }
    }

    private void addVanityMetrics() {
      for (Vocabulary.MetricName name : Vocabulary.VANITY_METRICS) {
        metrics.put(
            name.id(),
            Metric.vanity(name.id(), name.name(), name.unit()).withAggregation(name.aggregation()));
      }
      for (Vocabulary.MetricName name : Vocabulary.ENGAGEMENT_METRICS) {
        metrics.put(
            name.id(),
            Metric.engagement(name.id(), name.name(), name.unit())
                .withAggregation(name.aggregation()));
      }
    }

    private void addPlatforms() {
      int count = Math.min(Vocabulary.PLATFORMS.size(), initiatives);
      for (int i = 0; i < count; i++) {
        Vocabulary.PlatformName name = Vocabulary.PLATFORMS.get(i);
        platformList.add(
            TechnologyPlatform.builder()
                .id("platform-" + name.category().key())
                .name(name.name())
                .category(name.category())
                .annualCost(money(10_000 + 1_000 * random.nextInt(51)))
                .build());
      }
    }

    private void addTactics() {
      for (int i = 0; i < tactics; i++) {
        int goalIndex = i % goals;
        Vocabulary.GoalName goalName = goalNames.get(goalIndex);
        List<Vocabulary.TacticName> names = Vocabulary.tacticsFor(goalName.function());
        Vocabulary.TacticName name = names.get(random.nextInt(names.size()));
        int initiative = (int) ((long) i * initiatives / tactics);
        Tactic.Builder tactic =
            Tactic.builder()
                .id(slug(name.name()) + "-" + (i + 1))
                .name(name.name() + " " + (i + 1))
                .channel(name.channel())
                .function(
                    i % 3 == 1 ? partnerOf(tacticList.get(i - 1).function()) : goalName.function())
                .owner(practitioners.get(i % practitioners.size()))
                .cost(money(500 * (2 + random.nextInt(99))))
                .window(yearOf(initiative));
        boolean unaligned = random.nextDouble() < alignment.unalignedShare();
        boolean vanityOnly = random.nextDouble() < alignment.vanityOnlyShare();
        boolean oneSided = random.nextDouble() < alignment.oneSidedShare();
        int second =
            goals > 1 && random.nextInt(10) < 3
                ? (goalIndex + 1 + random.nextInt(goals - 1)) % goals
                : -1;
        if (!unaligned) {
          GoalId goal = goalList.get(goalIndex).id();
          if (second < 0) {
            tactic.addSupport(GoalSupport.of(goal));
          } else {
            tactic
                .addSupport(GoalSupport.of(goal, 0.6))
                .addSupport(GoalSupport.of(goalList.get(second).id(), 0.4));
          }
        }
        if (vanityOnly) {
          tactic.addTrack(MetricId.of(pick(Vocabulary.VANITY_METRICS).id()));
          if (random.nextBoolean()) {
            tactic.addTrack(MetricId.of(pick(Vocabulary.ENGAGEMENT_METRICS).id()));
          }
        } else {
          tactic.addTrack(tacticMetrics.get(goalIndex));
          if (second >= 0 && !tacticMetrics.get(second).equals(tacticMetrics.get(goalIndex))) {
            tactic.addTrack(tacticMetrics.get(second));
          }
          if (random.nextInt(4) == 0) {
            tactic.addTrack(MetricId.of(pick(Vocabulary.ENGAGEMENT_METRICS).id()));
          }
        }
        tactic.value(
            ValueExchange.of(
                oneSided ? ValueSide.none() : ValueSide.of(name.customer()),
                ValueSide.of(name.organization())));
        tacticList.add(tactic.build());
      }
    }

    /**
     * The function that runs every third tactic in place of its goal's: another than the previous
     * tactic's, so that social reaches beyond one function even when every goal belongs to one:
     * support answers for sales, marketing for service, and so on.
     */
    private BusinessFunction partnerOf(BusinessFunction function) {
      List<BusinessFunction> ring =
          List.of(
              BusinessFunction.SALES,
              BusinessFunction.CUSTOMER_SERVICE,
              BusinessFunction.MARKETING,
              BusinessFunction.PRODUCT_INNOVATION);
      int at = ring.indexOf(function);
      return ring.get(at < 0 ? 0 : (at + 1) % ring.size());
    }

    private DateRange yearOf(int initiative) {
      int year = firstYear + initiative % HORIZON_YEARS;
      return DateRange.years(year, year);
    }

    private void addInitiatives() {
      int from = 0;
      for (int k = 0; k < initiatives; k++) {
        int to = (int) ((long) (k + 1) * tactics / initiatives);
        DateRange window = yearOf(k);
        Set<GoalId> served = new LinkedHashSet<>();
        List<TacticId> grouped = new ArrayList<>(to - from);
        BigDecimal budget = INITIATIVE_OVERHEAD;
        for (int i = from; i < to; i++) {
          Tactic tactic = tacticList.get(i);
          grouped.add(tactic.id());
          served.addAll(tactic.goals());
          budget = budget.add(tactic.cost().orElseThrow().amount());
        }
        if (served.isEmpty()) {
          served.add(goalList.get(k % goals).id());
        }
        String theme = Vocabulary.INITIATIVE_THEMES.get(k % Vocabulary.INITIATIVE_THEMES.size());
        Initiative.Builder initiative =
            Initiative.builder()
                .id("initiative-" + (k + 1))
                .name(theme + " " + (k + 1))
                .window(window)
                .addAllGoals(served)
                .addAllTactics(grouped)
                .putAllocation(
                    Year.of(window.start().getYear()),
                    Allocation.of(
                        Money.of(budget, currency), BigDecimal.valueOf(5 + grouped.size(), 1)));
        if (!platformList.isEmpty()) {
          initiative.addPlatform(platformList.get(k % platformList.size()).id());
        }
        if (k % HORIZON_YEARS > 0 && random.nextBoolean()) {
          initiative.addDependsOn(InitiativeId.of("initiative-" + k));
        }
        initiativeList.add(initiative.build());
        from = to;
      }
    }

    private Governance governance() {
      Governance.Builder governance =
          Governance.builder()
              .hub(
                  Hub.builder()
                      .name("Social Business Center of Excellence")
                      .lead("hub-lead")
                      .addMember(StakeholderId.of("hub-lead"))
                      .addAllMembers(practitioners.subList(0, Math.min(3, practitioners.size())))
                      .responsibilities(EnumSet.allOf(HubResponsibility.class))
                      .build())
              .model(GovernanceModel.HUB_AND_SPOKE)
              .addGuideline(
                  Guideline.of("social-media-policy", "Social media policy", Enforcement.MANDATORY))
              .addGuideline(
                  Guideline.of("disclosure", "Disclose who you work for", Enforcement.MANDATORY))
              .addGuideline(Guideline.of("brand-voice", "Brand voice", Enforcement.RECOMMENDED))
              .addGuideline(
                  Guideline.of("crisis-response", "Crisis response plan", Enforcement.MANDATORY));
      for (BusinessGoal goal : goalList) {
        governance.addRaci(
            RaciAssignment.of(goal.id(), goal.sponsor().orElseThrow(), RaciRole.ACCOUNTABLE));
        governance.addRaci(
            RaciAssignment.of(goal.id(), headOf(goal.function()), RaciRole.RESPONSIBLE));
      }
      for (int k = 0; k < initiativeList.size(); k++) {
        InitiativeId initiative = initiativeList.get(k).id();
        governance.addRaci(
            RaciAssignment.of(initiative, StakeholderId.of("hub-lead"), RaciRole.ACCOUNTABLE));
        governance.addRaci(
            RaciAssignment.of(
                initiative, practitioners.get(k % practitioners.size()), RaciRole.RESPONSIBLE));
      }
      return governance.build();
    }

    private Funding funding() {
      Map<Year, BigDecimal> spend = new LinkedHashMap<>();
      Map<Year, BigDecimal> staff = new LinkedHashMap<>();
      BigDecimal platforms = BigDecimal.ZERO;
      for (TechnologyPlatform platform : platformList) {
        platforms = platforms.add(platform.annualCost().orElseThrow().amount());
      }
      for (Year year : horizon().years()) {
        spend.put(year, platforms);
        staff.put(year, BigDecimal.ONE);
      }
      for (Initiative initiative : initiativeList) {
        initiative
            .allocations()
            .forEach(
                (year, allocation) -> {
                  spend.merge(year, allocation.budget().amount(), BigDecimal::add);
                  staff.merge(year, allocation.staff(), BigDecimal::add);
                });
      }
      Funding.Builder funding =
          Funding.builder()
              .addAgency("Brightside Social Agency")
              .trainingPlan(
                  "Every practitioner is trained on the vision, value creation and metrics");
      spend.forEach(
          (year, amount) ->
              funding.putPerYear(
                  year,
                  Allocation.of(
                      Money.of(
                          amount.multiply(FUNDING_MARGIN).setScale(-3, RoundingMode.UP).setScale(2),
                          currency),
                      staff.get(year).add(BigDecimal.ONE))));
      return funding.build();
    }

    private List<Observation> observationList() {
      List<Observation> list = new ArrayList<>(observations);
      for (int j = 0; j < observations; j++) {
        boolean forTactic = !tacticList.isEmpty() && j % 5 != 4;
        if (forTactic) {
          Tactic tactic = tacticList.get(j % tacticList.size());
          int month = 1 + (j / tacticList.size()) % 12;
          list.add(
              Observation.builder()
                  .metric(tactic.tracks().get(0))
                  .tactic(tactic.id())
                  .period(month(tactic.window().orElseThrow().start().getYear(), month))
                  .value(BigDecimal.valueOf(1 + random.nextInt(500)))
                  .build());
        } else {
          BusinessGoal goal = goalList.get(j % goalList.size());
          Objective objective = goal.objectives().get(0);
          int month = 1 + (j / goalList.size()) % 12;
          list.add(
              Observation.of(
                  objective.metric().value(), month(firstYear, month), observed(objective, month)));
        }
      }
      return list;
    }

    /**
     * A plausible value of an objective's metric in a month of the first year: for a flow, about a
     * twelfth of the yearly target; for a level, on the way from baseline to target over two years;
     * either with a little noise.
     */
    private BigDecimal observed(Objective objective, int month) {
      Metric metric = metrics.get(objective.metric().value());
      BigDecimal noise = BigDecimal.valueOf(95 + random.nextInt(11)).divide(HUNDRED);
      BigDecimal value;
      if (metric.aggregation() == Aggregation.SUM) {
        value = objective.target().divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
      } else {
        BigDecimal share =
            BigDecimal.valueOf(month).divide(BigDecimal.valueOf(24), 4, RoundingMode.HALF_UP);
        value =
            objective
                .baseline()
                .add(objective.target().subtract(objective.baseline()).multiply(share));
      }
      return value.multiply(noise).setScale(0, RoundingMode.HALF_UP);
    }

    private DateRange month(int year, int month) {
      LocalDate start = LocalDate.of(year, month, 1);
      return DateRange.of(start, start.plusMonths(1).minusDays(1));
    }

    private Money money(long whole) {
      return Money.of(BigDecimal.valueOf(whole).setScale(2), currency);
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }
  }

  private static String slug(String name) {
    StringBuilder slug = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        slug.append(Character.toLowerCase(c));
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    return slug.toString();
  }
}
