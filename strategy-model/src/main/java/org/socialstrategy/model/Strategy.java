package org.socialstrategy.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A social business strategy, the aggregate root: an organization's business goals first, then the
 * tactics that serve them, with their value exchange and metrics, and around them the vision,
 * stakeholders, governance, roadmap, technology platforms, funding, measured observations and the
 * mapping that turns customer journeys into observations.
 *
 * <p>Building a strategy checks its intrinsic invariants: ids present and unique per kind, every
 * reference resolving, date ranges ordered, money non-negative and in one currency, weights in
 * range, touchpoint rules usable, dates within the years {@value #FIRST_YEAR} to {@value
 * #LAST_YEAR} and decimals within an exponent of {@value #MAX_DECIMAL_EXPONENT} (bounds that keep
 * every count of years and every sum of a scorecard small). Every violation is reported together in
 * one {@link InvalidStrategyException}, each with its path, such as {@code
 * tactics[fb-contest].supports[0]: unknown goal 'grow-revnue'}. Whether the strategy is any good
 * (aligned, measured in business outcomes, governed) is for the validators of the scoring module to
 * say.
 *
 * <p>Lookups by id take constant time; navigation works both ways (a goal's tactics, a tactic's
 * goals). Edits return a new strategy and leave this one as it is.
 */
@Value.Immutable
@StrategyStyle
public abstract class Strategy {

  /** The first year a date of a strategy may fall in. */
  public static final int FIRST_YEAR = 0;

  /** The last year a date of a strategy may fall in. */
  public static final int LAST_YEAR = 9999;

  /**
   * The most places a decimal of a strategy (an amount, a baseline, an observed value, staff) may
   * have either side of the point: its scale, positive or negative, is at most this.
   */
  public static final int MAX_DECIMAL_EXPONENT = 1000;

  Strategy() {}

  /**
   * Returns the organization whose strategy it is.
   *
   * @return the organization
   */
  public abstract Organization organization();

  /**
   * Returns the long-term vision.
   *
   * @return the vision, if stated
   */
  public abstract Optional<Vision> vision();

  /**
   * Returns the executive who sponsors the strategy as a whole.
   *
   * @return the sponsor's stakeholder id, if there is one
   */
  public abstract Optional<StakeholderId> sponsor();

  /**
   * Returns the business goals.
   *
   * @return the goals, in order
   */
  public abstract List<BusinessGoal> goals();

  /**
   * Returns the metrics defined for objectives, tactics and observations.
   *
   * @return the metrics, in order
   */
  public abstract List<Metric> metrics();

  /**
   * Returns the tactics.
   *
   * @return the tactics, in order
   */
  public abstract List<Tactic> tactics();

  /**
   * Returns the stakeholders.
   *
   * @return the stakeholders, in order
   */
  public abstract List<Stakeholder> stakeholders();

  /**
   * Returns the governance: hub, guidelines and RACI.
   *
   * @return the governance; {@link Governance#none()} when not set
   */
  @Value.Default
  public Governance governance() {
    return Governance.none();
  }

  /**
   * Returns the roadmap.
   *
   * @return the roadmap, if there is one
   */
  public abstract Optional<Roadmap> roadmap();

  /**
   * Returns the technology platforms.
   *
   * @return the platforms, in order
   */
  public abstract List<TechnologyPlatform> platforms();

  /**
   * Returns the funding: budget and staff per year.
   *
   * @return the funding; {@link Funding#none()} when not set
   */
  @Value.Default
  public Funding funding() {
    return Funding.none();
  }

  /**
   * Returns the measured observations.
   *
   * @return the observations, in order
   */
  public abstract List<Observation> observations();

  /**
   * Returns how the touchpoints of customer journeys map to tactics, and which metrics attributed
   * conversions and their value are observed as: what turns analytics into evidence of the tactics'
   * outcomes.
   *
   * @return the mapping, if the strategy has one
   */
  public abstract Optional<TouchpointMapping> attribution();

  /**
   * Returns the validation rules recorded as not applying to some subjects, with the reasons.
   *
   * @return the suppressions, in order
   */
  public abstract List<Suppression> suppressions();

  /**
   * Returns data a tool attached under {@code x-} keys, carried unchanged through files.
   *
   * @return the extensions, in the order given
   */
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * The index an edit carries over from the strategy it was made from, when no id moved. Written
   * once, before the edited strategy is handed out; a thread that sees it unset builds its own.
   */
  @SuppressWarnings("immutables:incompat")
  private StrategyIndex inheritedIndex;

  @Value.Lazy
  StrategyIndex index() {
    StrategyIndex inherited = inheritedIndex;
    return inherited != null ? inherited : new StrategyIndex(this);
  }

  /**
   * Returns the currency of every amount in the strategy; the invariants allow only one.
   *
   * @return the currency, empty when the strategy has no amounts
   */
  @Value.Lazy
  public Optional<Currency> currency() {
    return StrategyInvariants.firstCurrency(this);
  }

  @Value.Lazy
  StrategyLinks links() {
    return new StrategyLinks(this);
  }

  /** Checks every invariant; returns this strategy when it holds them all. */
  final Strategy checked() {
    List<Violation> violations = StrategyInvariants.of(this, index());
    if (!violations.isEmpty()) {
      throw new InvalidStrategyException(violations);
    }
    return this;
  }

  /**
   * Returns the roadmap's initiatives.
   *
   * @return the initiatives, empty without a roadmap
   */
  public final List<Initiative> initiatives() {
    return roadmap().map(Roadmap::initiatives).orElse(List.of());
  }

  /**
   * Looks up a goal by id.
   *
   * @param id the goal's id
   * @return the goal, if the strategy has it
   */
  public final Optional<BusinessGoal> goal(GoalId id) {
    return find(goals(), index().goals, id);
  }

  /**
   * Looks up a metric by id.
   *
   * @param id the metric's id
   * @return the metric, if the strategy has it
   */
  public final Optional<Metric> metric(MetricId id) {
    return find(metrics(), index().metrics, id);
  }

  /**
   * Looks up a tactic by id.
   *
   * @param id the tactic's id
   * @return the tactic, if the strategy has it
   */
  public final Optional<Tactic> tactic(TacticId id) {
    return find(tactics(), index().tactics, id);
  }

  /**
   * Looks up a stakeholder by id.
   *
   * @param id the stakeholder's id
   * @return the stakeholder, if the strategy has it
   */
  public final Optional<Stakeholder> stakeholder(StakeholderId id) {
    return find(stakeholders(), index().stakeholders, id);
  }

  /**
   * Looks up a roadmap initiative by id.
   *
   * @param id the initiative's id
   * @return the initiative, if the roadmap has it
   */
  public final Optional<Initiative> initiative(InitiativeId id) {
    return find(initiatives(), index().initiatives, id);
  }

  /**
   * Looks up a technology platform by id.
   *
   * @param id the platform's id
   * @return the platform, if the strategy has it
   */
  public final Optional<TechnologyPlatform> platform(PlatformId id) {
    return find(platforms(), index().platforms, id);
  }

  /**
   * Looks up a governance guideline by id.
   *
   * @param id the guideline's id
   * @return the guideline, if the strategy has it
   */
  public final Optional<Guideline> guideline(GuidelineId id) {
    return find(governance().guidelines(), index().guidelines, id);
  }

  private static <K, E> Optional<E> find(List<E> elements, Map<K, Integer> positions, K id) {
    Integer position = positions.get(id);
    return position == null ? Optional.empty() : Optional.of(elements.get(position));
  }

  /**
   * Returns the tactics that serve a goal.
   *
   * @param goal the goal's id
   * @return the tactics, in strategy order; empty for an unknown goal
   */
  public final List<Tactic> tacticsSupporting(GoalId goal) {
    return links().tacticsSupporting(goal);
  }

  /**
   * Returns the goals a tactic serves.
   *
   * @param tactic the tactic's id
   * @return the goals, in the tactic's order; empty for an unknown tactic
   */
  public final List<BusinessGoal> goalsOf(TacticId tactic) {
    return resolve(tactic(tactic).map(Tactic::goals).orElse(List.of()), this::goal);
  }

  /**
   * Returns the tactics measured by a metric.
   *
   * @param metric the metric's id
   * @return the tactics, in strategy order
   */
  public final List<Tactic> tacticsTracking(MetricId metric) {
    return links().tacticsTracking(metric);
  }

  /**
   * Returns the metrics a tactic is measured by.
   *
   * @param tactic the tactic's id
   * @return the metrics, in the tactic's order; empty for an unknown tactic
   */
  public final List<Metric> metricsOf(TacticId tactic) {
    return resolve(tactic(tactic).map(Tactic::tracks).orElse(List.of()), this::metric);
  }

  /**
   * Returns the roadmap initiatives that group a tactic.
   *
   * @param tactic the tactic's id
   * @return the initiatives, in roadmap order
   */
  public final List<Initiative> initiativesGrouping(TacticId tactic) {
    return links().initiativesGrouping(tactic);
  }

  /**
   * Returns the roadmap initiatives that group the tactic at a position of {@link #tactics()}: the
   * same as {@link #initiativesGrouping(TacticId)} without a lookup by id, for code that walks the
   * tactics in order.
   *
   * @param tacticPosition the tactic's position, from 0
   * @return the initiatives, in roadmap order
   * @throws IndexOutOfBoundsException if there is no tactic at the position
   */
  public final List<Initiative> initiativesGrouping(int tacticPosition) {
    return links().initiativesGrouping(tacticPosition);
  }

  /**
   * Returns the roadmap initiatives that serve a goal.
   *
   * @param goal the goal's id
   * @return the initiatives, in roadmap order
   */
  public final List<Initiative> initiativesServing(GoalId goal) {
    return links().initiativesServing(goal);
  }

  /**
   * Returns the roadmap initiatives that use a technology platform.
   *
   * @param platform the platform's id
   * @return the initiatives, in roadmap order
   */
  public final List<Initiative> initiativesUsing(PlatformId platform) {
    return links().initiativesUsing(platform);
  }

  /**
   * Returns the observations of a metric.
   *
   * @param metric the metric's id
   * @return the observations, in strategy order
   */
  public final List<Observation> observationsOf(MetricId metric) {
    return links().observationsOf(metric);
  }

  /**
   * Returns the observations attributed to a tactic.
   *
   * @param tactic the tactic's id
   * @return the observations, in strategy order
   */
  public final List<Observation> observationsOf(TacticId tactic) {
    return links().observationsOf(tactic);
  }

  private static <K, E> List<E> resolve(List<K> ids, Function<K, Optional<E>> lookup) {
    List<E> elements = new ArrayList<>(ids.size());
    for (K id : ids) {
      lookup.apply(id).ifPresent(elements::add);
    }
    return List.copyOf(elements);
  }

  /**
   * Returns this strategy with the tactic replaced: the tactic with the same id is swapped for it,
   * or it is added at the end when there is none. Swapping checks only the new tactic, so it costs
   * little more than copying the list of tactics.
   *
   * @param tactic the new or changed tactic
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withTactic(Tactic tactic) {
    Integer position = index().tactics.get(tactic.id());
    Strategy edited = self().copyWithTactics(replaced(tactics(), position, tactic));
    return position == null ? edited.checked() : swapped(edited, tactic, position, tactic.cost());
  }

  /**
   * Returns this strategy without the tactics that have the id.
   *
   * @param id the tactic's id
   * @return the edited strategy
   * @throws InvalidStrategyException if something still refers to the tactic
   */
  public final Strategy withoutTactic(TacticId id) {
    return withTactics(tactics().stream().filter(t -> !t.id().equals(id)).toList());
  }

  /**
   * Returns this strategy with the goal replaced: the goal with the same id is swapped for it, or
   * it is added at the end when there is none. Swapping checks only the new goal.
   *
   * @param goal the new or changed goal
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withGoal(BusinessGoal goal) {
    Integer position = index().goals.get(goal.id());
    Strategy edited = self().copyWithGoals(replaced(goals(), position, goal));
    return position == null ? edited.checked() : swapped(edited, goal, position, Optional.empty());
  }

  /**
   * Returns this strategy without the goals that have the id.
   *
   * @param id the goal's id
   * @return the edited strategy
   * @throws InvalidStrategyException if something still refers to the goal
   */
  public final Strategy withoutGoal(GoalId id) {
    return withGoals(goals().stream().filter(g -> !g.id().equals(id)).toList());
  }

  /**
   * Returns this strategy with the metric replaced: the metric with the same id is swapped for it,
   * or it is added at the end when there is none. Swapping checks only the new metric.
   *
   * @param metric the new or changed metric
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withMetric(Metric metric) {
    Integer position = index().metrics.get(metric.id());
    Strategy edited = self().copyWithMetrics(replaced(metrics(), position, metric));
    return position == null
        ? edited.checked()
        : swapped(edited, metric, position, metric.valuePerUnit());
  }

  /**
   * Returns this strategy with the stakeholder replaced: the stakeholder with the same id is
   * swapped for it, or it is added at the end when there is none. Swapping checks only the new
   * stakeholder.
   *
   * @param stakeholder the new or changed stakeholder
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withStakeholder(Stakeholder stakeholder) {
    Integer position = index().stakeholders.get(stakeholder.id());
    Strategy edited = self().copyWithStakeholders(replaced(stakeholders(), position, stakeholder));
    return position == null
        ? edited.checked()
        : swapped(edited, stakeholder, position, Optional.empty());
  }

  /**
   * Returns this strategy with more observations at the end. Only the new observations are checked.
   *
   * @param more the observations to add
   * @return the edited strategy
   * @throws InvalidStrategyException if an observation names an unknown metric or tactic
   */
  public final Strategy plusObservations(Collection<? extends Observation> more) {
    if (more.isEmpty()) {
      return this;
    }
    int first = observations().size();
    List<Observation> all = new ArrayList<>(first + more.size());
    all.addAll(observations());
    all.addAll(more);
    return swapped(
        self().copyWithObservations(all), more.iterator().next(), first, Optional.empty());
  }

  /**
   * Builds an edit in which the elements from {@code position} on (one element, or appended
   * observations) changed while every id kept its place: the index carries over and only the
   * changed elements are checked. An amount in a new currency needs the whole check.
   */
  private Strategy swapped(Strategy edited, Object changed, int position, Optional<Money> money) {
    Optional<Currency> currency = currency();
    if (money.isPresent()
        && currency.isPresent()
        && !money.get().currency().equals(currency.get())) {
      return edited.checked();
    }
    edited.inheritedIndex = index();
    List<Violation> violations =
        StrategyInvariants.ofElement(
            edited, edited.index(), currency.orElse(null), changed, position);
    if (!violations.isEmpty()) {
      throw new InvalidStrategyException(violations);
    }
    return edited;
  }

  /** This strategy as its generated implementation, the only kind there is. */
  private ImmutableStrategy self() {
    return (ImmutableStrategy) this;
  }

  private static <E> List<E> replaced(List<E> elements, Integer position, E element) {
    List<E> copy = new ArrayList<>(elements.size() + 1);
    copy.addAll(elements);
    if (position == null) {
      copy.add(element);
    } else {
      copy.set(position, element);
    }
    return copy;
  }

  /**
   * Returns this strategy for another organization.
   *
   * @param organization the organization
   * @return the edited strategy
   * @throws InvalidStrategyException if the organization's name is blank
   */
  public final Strategy withOrganization(Organization organization) {
    return self().copyWithOrganization(organization).checked();
  }

  /**
   * Returns this strategy with the vision set.
   *
   * @param vision the vision
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withVision(Vision vision) {
    return self().copyWithVision(vision).checked();
  }

  /**
   * Returns this strategy without a vision.
   *
   * @return the edited strategy
   */
  public final Strategy withoutVision() {
    return self().copyWithVision(Optional.empty()).checked();
  }

  /**
   * Returns this strategy with the executive sponsor set.
   *
   * @param sponsor the sponsor's stakeholder id
   * @return the edited strategy
   * @throws InvalidStrategyException if the stakeholder is unknown
   */
  public final Strategy withSponsor(StakeholderId sponsor) {
    return self().copyWithSponsor(sponsor).checked();
  }

  /**
   * Returns this strategy with the executive sponsor set from the stakeholder id's text.
   *
   * @param sponsor the sponsor's stakeholder id
   * @return the edited strategy
   * @throws InvalidStrategyException if the stakeholder is unknown
   */
  public final Strategy withSponsor(String sponsor) {
    return withSponsor(StakeholderId.of(sponsor));
  }

  /**
   * Returns this strategy without an executive sponsor.
   *
   * @return the edited strategy
   */
  public final Strategy withoutSponsor() {
    return self().copyWithSponsor(Optional.empty()).checked();
  }

  /**
   * Returns this strategy with its goals replaced.
   *
   * @param goals the goals
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withGoals(Iterable<? extends BusinessGoal> goals) {
    return self().copyWithGoals(goals).checked();
  }

  /**
   * Returns this strategy with its metrics replaced.
   *
   * @param metrics the metrics
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withMetrics(Iterable<? extends Metric> metrics) {
    return self().copyWithMetrics(metrics).checked();
  }

  /**
   * Returns this strategy with its tactics replaced.
   *
   * @param tactics the tactics
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withTactics(Iterable<? extends Tactic> tactics) {
    return self().copyWithTactics(tactics).checked();
  }

  /**
   * Returns this strategy with its stakeholders replaced.
   *
   * @param stakeholders the stakeholders
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withStakeholders(Iterable<? extends Stakeholder> stakeholders) {
    return self().copyWithStakeholders(stakeholders).checked();
  }

  /**
   * Returns this strategy with its governance replaced.
   *
   * @param governance the governance
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withGovernance(Governance governance) {
    return self().copyWithGovernance(governance).checked();
  }

  /**
   * Returns this strategy without governance: {@link Governance#none()}.
   *
   * @return the edited strategy
   */
  public final Strategy withoutGovernance() {
    return withGovernance(Governance.none());
  }

  /**
   * Returns this strategy with the roadmap set.
   *
   * @param roadmap the roadmap
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withRoadmap(Roadmap roadmap) {
    return self().copyWithRoadmap(roadmap).checked();
  }

  /**
   * Returns this strategy without a roadmap.
   *
   * @return the edited strategy
   * @throws InvalidStrategyException if something still refers to an initiative
   */
  public final Strategy withoutRoadmap() {
    return self().copyWithRoadmap(Optional.empty()).checked();
  }

  /**
   * Returns this strategy with its technology platforms replaced.
   *
   * @param platforms the platforms
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withPlatforms(Iterable<? extends TechnologyPlatform> platforms) {
    return self().copyWithPlatforms(platforms).checked();
  }

  /**
   * Returns this strategy with its funding replaced.
   *
   * @param funding the funding
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withFunding(Funding funding) {
    return self().copyWithFunding(funding).checked();
  }

  /**
   * Returns this strategy without funding: {@link Funding#none()}.
   *
   * @return the edited strategy
   */
  public final Strategy withoutFunding() {
    return withFunding(Funding.none());
  }

  /**
   * Returns this strategy with its observations replaced.
   *
   * @param observations the observations
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withObservations(Iterable<? extends Observation> observations) {
    return self().copyWithObservations(observations).checked();
  }

  /**
   * Returns this strategy with the mapping of touchpoints to tactics set.
   *
   * @param mapping the mapping
   * @return the edited strategy
   * @throws InvalidStrategyException if a rule is unusable, or a tactic or metric it names unknown
   */
  public final Strategy withAttribution(TouchpointMapping mapping) {
    return self().copyWithAttribution(mapping).checked();
  }

  /**
   * Returns this strategy without a mapping of touchpoints to tactics; its observations stay.
   *
   * @return the edited strategy
   */
  public final Strategy withoutAttribution() {
    return self().copyWithAttribution(Optional.empty());
  }

  /**
   * Returns a short summary: the organization and how many elements of each kind the strategy has.
   * A strategy can hold a hundred thousand tactics, so it is not printed whole.
   */
  @Override
  public String toString() {
    return "Strategy{organization="
        + organization().name()
        + ", goals="
        + goals().size()
        + ", metrics="
        + metrics().size()
        + ", tactics="
        + tactics().size()
        + ", stakeholders="
        + stakeholders().size()
        + ", initiatives="
        + initiatives().size()
        + ", platforms="
        + platforms().size()
        + ", observations="
        + observations().size()
        + "}";
  }

  /**
   * Returns a builder holding this strategy's values, to change some of them and build another
   * strategy.
   *
   * @return a new builder, filled from this strategy
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Strategy}; only the organization is required. {@link #build()} checks every
   * intrinsic invariant and throws one {@link InvalidStrategyException} listing all violations. A
   * method named after a list or a map sets all of it, replacing what was there; a method whose
   * name starts with {@code add} or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of("a strategy", "organization", "an organization");

    private final ImmutableStrategy.Builder values = new ImmutableStrategy.Builder();

    Builder() {}

    /**
     * Copies the values of a strategy into this builder: each single value replaces the builder's,
     * an empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the strategy to copy
     * @return this builder
     */
    public Builder from(Strategy instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the organization whose strategy it is.
     *
     * @param organization the organization
     * @return this builder
     */
    public Builder organization(Organization organization) {
      values.organization(organization);
      return this;
    }

    /**
     * Sets the long-term vision.
     *
     * @param vision the vision
     * @return this builder
     */
    public Builder vision(Vision vision) {
      values.vision(vision);
      return this;
    }

    /**
     * Sets the long-term vision; empty clears it.
     *
     * @param vision the vision, or empty for none
     * @return this builder
     */
    public Builder vision(Optional<? extends Vision> vision) {
      values.vision(vision);
      return this;
    }

    /**
     * Sets the executive who sponsors the strategy as a whole.
     *
     * @param sponsor the sponsor's stakeholder id
     * @return this builder
     */
    public Builder sponsor(StakeholderId sponsor) {
      values.sponsor(sponsor);
      return this;
    }

    /**
     * Sets the executive who sponsors the strategy as a whole; empty clears it.
     *
     * @param sponsor the sponsor's stakeholder id, or empty for none
     * @return this builder
     */
    public Builder sponsor(Optional<? extends StakeholderId> sponsor) {
      values.sponsor(sponsor);
      return this;
    }

    /**
     * Sets the executive sponsor from the id's text.
     *
     * @param sponsor the sponsor's stakeholder id
     * @return this builder
     */
    public Builder sponsor(String sponsor) {
      return sponsor(StakeholderId.of(sponsor));
    }

    /**
     * Adds a business goal.
     *
     * @param goal the goal
     * @return this builder
     */
    public Builder addGoal(BusinessGoal goal) {
      values.addGoal(goal);
      return this;
    }

    /**
     * Adds business goals, in order.
     *
     * @param goals the goals
     * @return this builder
     */
    public Builder addGoals(BusinessGoal... goals) {
      values.addGoals(goals);
      return this;
    }

    /**
     * Adds business goals, in order.
     *
     * @param goals the goals
     * @return this builder
     */
    public Builder addAllGoals(Iterable<? extends BusinessGoal> goals) {
      values.addAllGoals(goals);
      return this;
    }

    /**
     * Sets the business goals, replacing any set or added before.
     *
     * @param goals the goals
     * @return this builder
     */
    public Builder goals(Iterable<? extends BusinessGoal> goals) {
      values.goals(goals);
      return this;
    }

    /**
     * Adds a metric.
     *
     * @param metric the metric
     * @return this builder
     */
    public Builder addMetric(Metric metric) {
      values.addMetric(metric);
      return this;
    }

    /**
     * Adds metrics, in order.
     *
     * @param metrics the metrics
     * @return this builder
     */
    public Builder addMetrics(Metric... metrics) {
      values.addMetrics(metrics);
      return this;
    }

    /**
     * Adds metrics, in order.
     *
     * @param metrics the metrics
     * @return this builder
     */
    public Builder addAllMetrics(Iterable<? extends Metric> metrics) {
      values.addAllMetrics(metrics);
      return this;
    }

    /**
     * Sets the metrics, replacing any set or added before.
     *
     * @param metrics the metrics
     * @return this builder
     */
    public Builder metrics(Iterable<? extends Metric> metrics) {
      values.metrics(metrics);
      return this;
    }

    /**
     * Adds a tactic.
     *
     * @param tactic the tactic
     * @return this builder
     */
    public Builder addTactic(Tactic tactic) {
      values.addTactic(tactic);
      return this;
    }

    /**
     * Adds tactics, in order.
     *
     * @param tactics the tactics
     * @return this builder
     */
    public Builder addTactics(Tactic... tactics) {
      values.addTactics(tactics);
      return this;
    }

    /**
     * Adds tactics, in order.
     *
     * @param tactics the tactics
     * @return this builder
     */
    public Builder addAllTactics(Iterable<? extends Tactic> tactics) {
      values.addAllTactics(tactics);
      return this;
    }

    /**
     * Sets the tactics, replacing any set or added before.
     *
     * @param tactics the tactics
     * @return this builder
     */
    public Builder tactics(Iterable<? extends Tactic> tactics) {
      values.tactics(tactics);
      return this;
    }

    /**
     * Adds a stakeholder.
     *
     * @param stakeholder the stakeholder
     * @return this builder
     */
    public Builder addStakeholder(Stakeholder stakeholder) {
      values.addStakeholder(stakeholder);
      return this;
    }

    /**
     * Adds stakeholders, in order.
     *
     * @param stakeholders the stakeholders
     * @return this builder
     */
    public Builder addStakeholders(Stakeholder... stakeholders) {
      values.addStakeholders(stakeholders);
      return this;
    }

    /**
     * Adds stakeholders, in order.
     *
     * @param stakeholders the stakeholders
     * @return this builder
     */
    public Builder addAllStakeholders(Iterable<? extends Stakeholder> stakeholders) {
      values.addAllStakeholders(stakeholders);
      return this;
    }

    /**
     * Sets the stakeholders, replacing any set or added before.
     *
     * @param stakeholders the stakeholders
     * @return this builder
     */
    public Builder stakeholders(Iterable<? extends Stakeholder> stakeholders) {
      values.stakeholders(stakeholders);
      return this;
    }

    /**
     * Sets the governance: hub, guidelines and RACI; without it, {@link Governance#none()}.
     *
     * @param governance the governance
     * @return this builder
     */
    public Builder governance(Governance governance) {
      values.governance(governance);
      return this;
    }

    /**
     * Sets the roadmap.
     *
     * @param roadmap the roadmap
     * @return this builder
     */
    public Builder roadmap(Roadmap roadmap) {
      values.roadmap(roadmap);
      return this;
    }

    /**
     * Sets the roadmap; empty clears it.
     *
     * @param roadmap the roadmap, or empty for none
     * @return this builder
     */
    public Builder roadmap(Optional<? extends Roadmap> roadmap) {
      values.roadmap(roadmap);
      return this;
    }

    /**
     * Adds a technology platform.
     *
     * @param platform the platform
     * @return this builder
     */
    public Builder addPlatform(TechnologyPlatform platform) {
      values.addPlatform(platform);
      return this;
    }

    /**
     * Adds technology platforms, in order.
     *
     * @param platforms the platforms
     * @return this builder
     */
    public Builder addPlatforms(TechnologyPlatform... platforms) {
      values.addPlatforms(platforms);
      return this;
    }

    /**
     * Adds technology platforms, in order.
     *
     * @param platforms the platforms
     * @return this builder
     */
    public Builder addAllPlatforms(Iterable<? extends TechnologyPlatform> platforms) {
      values.addAllPlatforms(platforms);
      return this;
    }

    /**
     * Sets the technology platforms, replacing any set or added before.
     *
     * @param platforms the platforms
     * @return this builder
     */
    public Builder platforms(Iterable<? extends TechnologyPlatform> platforms) {
      values.platforms(platforms);
      return this;
    }

    /**
     * Sets the funding: budget and staff per year; without it, {@link Funding#none()}.
     *
     * @param funding the funding
     * @return this builder
     */
    public Builder funding(Funding funding) {
      values.funding(funding);
      return this;
    }

    /**
     * Sets how the touchpoints of customer journeys map to tactics.
     *
     * @param attribution the mapping
     * @return this builder
     */
    public Builder attribution(TouchpointMapping attribution) {
      values.attribution(attribution);
      return this;
    }

    /**
     * Sets how the touchpoints of customer journeys map to tactics; empty clears it.
     *
     * @param attribution the mapping, or empty for none
     * @return this builder
     */
    public Builder attribution(Optional<? extends TouchpointMapping> attribution) {
      values.attribution(attribution);
      return this;
    }

    /**
     * Adds a measured observation.
     *
     * @param observation the observation
     * @return this builder
     */
    public Builder addObservation(Observation observation) {
      values.addObservation(observation);
      return this;
    }

    /**
     * Adds measured observations, in order.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder addObservations(Observation... observations) {
      values.addObservations(observations);
      return this;
    }

    /**
     * Adds measured observations, in order.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder addAllObservations(Iterable<? extends Observation> observations) {
      values.addAllObservations(observations);
      return this;
    }

    /**
     * Sets the measured observations, replacing any set or added before.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder observations(Iterable<? extends Observation> observations) {
      values.observations(observations);
      return this;
    }

    /**
     * Adds a validation rule recorded as not applying to a subject.
     *
     * @param suppression the suppression
     * @return this builder
     */
    public Builder addSuppression(Suppression suppression) {
      values.addSuppression(suppression);
      return this;
    }

    /**
     * Adds validation rules recorded as not applying to some subjects, in order.
     *
     * @param suppressions the suppressions
     * @return this builder
     */
    public Builder addSuppressions(Suppression... suppressions) {
      values.addSuppressions(suppressions);
      return this;
    }

    /**
     * Adds validation rules recorded as not applying to some subjects, in order.
     *
     * @param suppressions the suppressions
     * @return this builder
     */
    public Builder addAllSuppressions(Iterable<? extends Suppression> suppressions) {
      values.addAllSuppressions(suppressions);
      return this;
    }

    /**
     * Sets the validation rules recorded as not applying to some subjects, replacing any set or
     * added before.
     *
     * @param suppressions the suppressions
     * @return this builder
     */
    public Builder suppressions(Iterable<? extends Suppression> suppressions) {
      values.suppressions(suppressions);
      return this;
    }

    /**
     * Attaches a tool's data under an {@code x-} key, replacing what the key held.
     *
     * @param key the key, which starts with {@code x-}
     * @param value the data
     * @return this builder
     */
    public Builder putExtension(String key, ExtensionValue value) {
      values.putExtension(key, value);
      return this;
    }

    /**
     * Attaches a tool's data given as a map entry, replacing what its key held.
     *
     * @param entry the key and the data
     * @return this builder
     */
    public Builder putExtension(Map.Entry<String, ? extends ExtensionValue> entry) {
      values.putExtension(entry);
      return this;
    }

    /**
     * Attaches a tool's data under each key of the map, replacing what those keys held.
     *
     * @param extensions the data by key
     * @return this builder
     */
    public Builder putAllExtensions(Map<String, ? extends ExtensionValue> extensions) {
      values.putAllExtensions(extensions);
      return this;
    }

    /**
     * Sets the tools' data to the map's, replacing all attached before.
     *
     * @param extensions the data by key
     * @return this builder
     */
    public Builder extensions(Map<String, ? extends ExtensionValue> extensions) {
      values.extensions(extensions);
      return this;
    }

    /**
     * Builds the strategy.
     *
     * @return the strategy
     * @throws MissingAttributesException if the organization is not set
     * @throws InvalidStrategyException listing every violation of an invariant, if there are any
     */
    public Strategy build() {
      return REQUIRED.build(values::build).checked();
    }
  }
}
