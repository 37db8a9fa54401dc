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
 * range, touchpoint rules usable. Every violation is reported together in one {@link
 * InvalidStrategyException}, each with its path, such as {@code tactics[fb-contest].supports[0]:
 * unknown goal 'grow-revnue'}. Whether the strategy is any good (aligned, measured in business
 * outcomes, governed) is for the validators of the scoring module to say.
 *
 * <p>Lookups by id take constant time; navigation works both ways (a goal's tactics, a tactic's
 * goals). Edits return a new strategy and leave this one as it is.
 */
@Value.Immutable
@StrategyStyle
public abstract class Strategy {

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
   * Returns this strategy with the vision set or, when empty, removed.
   *
   * @param vision the vision, or empty to remove it
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withVision(Optional<Vision> vision) {
    return self().copyWithVision(vision).checked();
  }

  /**
   * Returns this strategy with the executive sponsor set or, when empty, removed.
   *
   * @param sponsor the sponsor's stakeholder id, or empty to remove it
   * @return the edited strategy
   * @throws InvalidStrategyException if the stakeholder is unknown
   */
  public final Strategy withSponsor(Optional<StakeholderId> sponsor) {
    return self().copyWithSponsor(sponsor).checked();
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
   * Returns this strategy with the roadmap set or, when empty, removed.
   *
   * @param roadmap the roadmap, or empty to remove it
   * @return the edited strategy
   * @throws InvalidStrategyException if the edit breaks an invariant
   */
  public final Strategy withRoadmap(Optional<Roadmap> roadmap) {
    return self().copyWithRoadmap(roadmap).checked();
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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Strategy}; only {@code organization} is required. {@link Builder#build()}
   * checks every intrinsic invariant and throws one {@link InvalidStrategyException} listing all
   * violations.
   */
  public static final class Builder extends ImmutableStrategy.Builder {
    Builder() {}

    /**
     * Builds the strategy, checking every intrinsic invariant.
     *
     * @return the strategy
     * @throws InvalidStrategyException listing every violation, if there are any
     * @throws IllegalStateException if the organization is not set
     */
    @Override
    public Strategy build() {
      return super.build().checked();
    }

    /**
     * Sets the executive sponsor from the stakeholder id's text.
     *
     * @param sponsor the sponsor's stakeholder id
     * @return this builder
     */
    public Builder sponsor(String sponsor) {
      return sponsor(StakeholderId.of(sponsor));
    }
  }
}
