package org.socialstrategy.model.diff;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.CatalogValue;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Funding;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.Guideline;
import org.socialstrategy.model.Hub;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.model.ValueSide;
import org.socialstrategy.model.Vision;

/**
 * The differences between two versions of a strategy, element by element: what was added, what was
 * removed and which values changed, each once, with its path and its values before and after.
 * Elements are matched by id (or by what identifies an element without one), so a moved, reordered
 * or reformatted element is not a change; a list whose elements only changed order is one change of
 * its order. The diff is empty exactly when the two strategies are equal.
 *
 * <pre>{@code
 * StrategyDiff diff = StrategyDiff.between(before, after);
 * diff.changes().forEach(System.out::println);
 * // ~ tactics[fb-shop].name: Facebook shop -> Facebook store
 * // ~ tactics[fb-shop].cost: 5,000.00 USD -> 6,000.00 USD
 * }</pre>
 */
public final class StrategyDiff {

  private final List<Change> changes;

  private StrategyDiff(List<Change> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two versions of a strategy.
   *
   * @param before the earlier version
   * @param after the later version
   * @return the differences, in the order of the strategy's parts
   */
  public static StrategyDiff between(Strategy before, Strategy after) {
    Differ differ = new Differ();
    differ.strategy(
        Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
    return new StrategyDiff(differ.changes);
  }

  /**
   * Returns the changes, in the order of the strategy's parts (organization, vision, goals,
   * metrics, tactics, ...), each element's own changes together.
   *
   * @return the changes
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Tells whether the two versions are equal.
   *
   * @return true when nothing changed
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * Counts the changes of each kind.
   *
   * @return how many additions, removals and changes there are, every kind present
   */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      counts.put(kind, 0);
    }
    changes.forEach(change -> counts.merge(change.kind(), 1, Integer::sum));
    return counts;
  }

  /** Returns one line per change. */
  @Override
  public String toString() {
    return changes.stream().map(Change::toString).collect(Collectors.joining("\n"));
  }

  /** Compares one element of a list with its match in the other version, at the element's path. */
  @FunctionalInterface
  private interface Matched<E> {
    void compare(StrategyPath path, E before, E after);
  }

  /** Walks both versions side by side and collects the changes. */
  private static final class Differ {
    private final List<Change> changes = new ArrayList<>();

    private void add(StrategyPath path, ChangeKind kind, String before, String after) {
      changes.add(new Change(path, kind, Optional.ofNullable(before), Optional.ofNullable(after)));
    }

    private <T> void value(StrategyPath path, T before, T after, Function<? super T, String> show) {
      if (!Objects.equals(before, after)) {
        add(path, ChangeKind.CHANGED, show.apply(before), show.apply(after));
      }
    }

    private <T> void optional(
        StrategyPath path,
        Optional<T> before,
        Optional<T> after,
        Function<? super T, String> show) {
      if (before.isPresent() && after.isPresent()) {
        value(path, before.get(), after.get(), show);
      } else if (before.isPresent()) {
        add(path, ChangeKind.REMOVED, show.apply(before.get()), null);
      } else if (after.isPresent()) {
        add(path, ChangeKind.ADDED, null, show.apply(after.get()));
      }
    }

    /** An optional element: compared part by part when both have it, else added or removed. */
    private <T> void element(
        StrategyPath path,
        Optional<T> before,
        Optional<T> after,
        Function<? super T, String> describe,
        Matched<T> compare) {
      if (before.isPresent() && after.isPresent()) {
        compare.compare(path, before.get(), after.get());
      } else {
        optional(path, before, after, describe);
      }
    }

    /**
     * A list matched by key: elements only before are removed, only after added, the others
     * compared; a repeated key is told apart by its occurrence ({@code key#2}). When the elements
     * both versions have come in another order, the order is one change of the list.
     */
    private <E> void list(
        StrategyPath parent,
        String name,
        List<E> before,
        List<E> after,
        Function<? super E, String> key,
        Function<? super E, String> describe,
        Matched<E> compare) {
      if (before.equals(after)) {
        return;
      }
      Map<String, E> earlier = keyed(before, key);
      Map<String, E> later = keyed(after, key);
      for (Map.Entry<String, E> entry : earlier.entrySet()) {
        E match = later.get(entry.getKey());
        StrategyPath path = parent.key(name, entry.getKey());
        if (match == null) {
          add(path, ChangeKind.REMOVED, describe.apply(entry.getValue()), null);
        } else {
          compare.compare(path, entry.getValue(), match);
        }
      }
      for (Map.Entry<String, E> entry : later.entrySet()) {
        if (!earlier.containsKey(entry.getKey())) {
          add(
              parent.key(name, entry.getKey()),
              ChangeKind.ADDED,
              null,
              describe.apply(entry.getValue()));
        }
      }
      List<String> kept = earlier.keySet().stream().filter(later::containsKey).toList();
      List<String> keptAfter = later.keySet().stream().filter(earlier::containsKey).toList();
      if (!kept.equals(keptAfter)) {
        add(
            parent.field(name),
            ChangeKind.CHANGED,
            String.join(", ", kept),
            String.join(", ", keptAfter));
      }
    }

    private static <E> Map<String, E> keyed(List<E> elements, Function<? super E, String> key) {
      Map<String, E> keyed = new LinkedHashMap<>();
      Map<String, Integer> seen = new HashMap<>();
      for (E element : elements) {
        String base = key.apply(element);
        int occurrence = seen.merge(base, 1, Integer::sum);
        keyed.put(occurrence == 1 ? base : base + "#" + occurrence, element);
      }
      return keyed;
    }

    /** A list of ids or names, each an element of its own. */
    private <E> void names(
        StrategyPath parent, String name, List<E> before, List<E> after, Function<E, String> show) {
      list(parent, name, before, after, show, show, (path, earlier, later) -> {});
    }

    /** A set of values, whose order does not count. */
    private <E> void set(
        StrategyPath parent, String name, Set<E> before, Set<E> after, Function<E, String> show) {
      for (E value : before) {
        if (!after.contains(value)) {
          add(parent.key(name, show.apply(value)), ChangeKind.REMOVED, show.apply(value), null);
        }
      }
      for (E value : after) {
        if (!before.contains(value)) {
          add(parent.key(name, show.apply(value)), ChangeKind.ADDED, null, show.apply(value));
        }
      }
    }

    /** A map, whose order does not count: entries added, removed, or compared by key. */
    private <K, V> void map(
        StrategyPath parent,
        String name,
        Map<K, V> before,
        Map<K, V> after,
        Function<V, String> describe,
        Matched<V> compare) {
      for (Map.Entry<K, V> entry : before.entrySet()) {
        StrategyPath path = parent.key(name, entry.getKey().toString());
        V match = after.get(entry.getKey());
        if (match == null) {
          add(path, ChangeKind.REMOVED, describe.apply(entry.getValue()), null);
        } else {
          compare.compare(path, entry.getValue(), match);
        }
      }
      for (Map.Entry<K, V> entry : after.entrySet()) {
        if (!before.containsKey(entry.getKey())) {
          add(
              parent.key(name, entry.getKey().toString()),
              ChangeKind.ADDED,
              null,
              describe.apply(entry.getValue()));
        }
      }
    }

    private void extensions(
        StrategyPath parent,
        Map<String, ExtensionValue> before,
        Map<String, ExtensionValue> after) {
      map(
          parent,
          "extensions",
          before,
          after,
          Show::extension,
          (path, earlier, later) -> value(path, earlier, later, Show::extension));
    }

    void strategy(Strategy before, Strategy after) {
      StrategyPath root = StrategyPath.ROOT;
      organization(before.organization(), after.organization());
      element(
          root.field("vision"), before.vision(), after.vision(), Vision::statement, this::vision);
      optional(root.field("sponsor"), before.sponsor(), after.sponsor(), Show::id);
      list(
          root,
          "goals",
          before.goals(),
          after.goals(),
          g -> g.id().value(),
          BusinessGoal::title,
          this::goal);
      list(
          root,
          "metrics",
          before.metrics(),
          after.metrics(),
          m -> m.id().value(),
          Metric::name,
          this::metric);
      list(
          root,
          "tactics",
          before.tactics(),
          after.tactics(),
          t -> t.id().value(),
          Tactic::name,
          this::tactic);
      list(
          root,
          "stakeholders",
          before.stakeholders(),
          after.stakeholders(),
          s -> s.id().value(),
          Stakeholder::title,
          this::stakeholder);
      governance(before.governance(), after.governance());
      element(
          root.field("roadmap"),
          before.roadmap(),
          after.roadmap(),
          roadmap -> Show.range(roadmap.horizon()),
          this::roadmap);
      list(
          root,
          "platforms",
          before.platforms(),
          after.platforms(),
          p -> p.id().value(),
          TechnologyPlatform::name,
          this::platform);
      funding(before.funding(), after.funding());
      list(
          root,
          "observations",
          before.observations(),
          after.observations(),
          Differ::observationKey,
          observation -> Show.decimal(observation.value()),
          (path, earlier, later) ->
              value(path.field("value"), earlier.value(), later.value(), Show::decimal));
      list(
          root,
          "suppressions",
          before.suppressions(),
          after.suppressions(),
          suppression -> suppression.rule() + " " + suppression.subject(),
          Differ::describe,
          this::suppression);
      extensions(root, before.extensions(), after.extensions());
    }

    private void organization(Organization before, Organization after) {
      StrategyPath path = StrategyPath.ROOT.field("organization");
      value(path.field("name"), before.name(), after.name(), Show::text);
      optional(path.field("sector"), before.sector(), after.sector(), Show::text);
      value(path.field("customerKind"), before.customerKind(), after.customerKind(), Show::catalog);
    }

    private void vision(StrategyPath path, Vision before, Vision after) {
      value(path.field("statement"), before.statement(), after.statement(), Show::text);
      value(path.field("horizon"), before.horizon(), after.horizon(), Show::range);
      optional(
          path.field("internalValue"), before.internalValue(), after.internalValue(), Show::text);
      optional(
          path.field("customerValue"), before.customerValue(), after.customerValue(), Show::text);
    }

    private void goal(StrategyPath path, BusinessGoal before, BusinessGoal after) {
      value(path.field("title"), before.title(), after.title(), Show::text);
      value(path.field("function"), before.function(), after.function(), Show::catalog);
      optional(path.field("sponsor"), before.sponsor(), after.sponsor(), Show::id);
      value(path.field("weight"), before.weight(), after.weight(), Show::number);
      optional(path.field("description"), before.description(), after.description(), Show::text);
      list(
          path,
          "objectives",
          before.objectives(),
          after.objectives(),
          objective -> objective.metric().value(),
          Differ::describe,
          this::objective);
      extensions(path, before.extensions(), after.extensions());
    }

    private static String describe(Objective objective) {
      return objective.metric().value()
          + " from "
          + Show.decimal(objective.baseline())
          + " to "
          + Show.decimal(objective.target())
          + " by "
          + objective.due();
    }

    private void objective(StrategyPath path, Objective before, Objective after) {
      optional(path.field("statement"), before.statement(), after.statement(), Show::text);
      value(path.field("baseline"), before.baseline(), after.baseline(), Show::decimal);
      optional(path.field("baselineDate"), before.baselineDate(), after.baselineDate(), Show::day);
      value(path.field("target"), before.target(), after.target(), Show::decimal);
      optional(path.field("stretch"), before.stretch(), after.stretch(), Show::decimal);
      value(path.field("due"), before.due(), after.due(), Show::day);
    }

    private void metric(StrategyPath path, Metric before, Metric after) {
      value(path.field("name"), before.name(), after.name(), Show::text);
      value(path.field("unit"), before.unit(), after.unit(), Show::text);
      value(path.field("kind"), before.kind(), after.kind(), Show::constant);
      value(path.field("aggregation"), before.aggregation(), after.aggregation(), Show::constant);
      optional(
          path.field("valuePerUnit"), before.valuePerUnit(), after.valuePerUnit(), Show::money);
      optional(path.field("description"), before.description(), after.description(), Show::text);
      extensions(path, before.extensions(), after.extensions());
    }

    private void tactic(StrategyPath path, Tactic before, Tactic after) {
      value(path.field("name"), before.name(), after.name(), Show::text);
      value(path.field("channel"), before.channel(), after.channel(), Show::catalog);
      value(path.field("function"), before.function(), after.function(), Show::catalog);
      list(
          path,
          "supports",
          before.supports(),
          after.supports(),
          support -> support.goal().value(),
          support -> weight(support.weight()),
          (link, earlier, later) ->
              value(link.field("weight"), earlier.weight(), later.weight(), Differ::weight));
      names(path, "tracks", before.tracks(), after.tracks(), Show::id);
      optional(path.field("owner"), before.owner(), after.owner(), Show::id);
      optional(path.field("cost"), before.cost(), after.cost(), Show::money);
      optional(path.field("window"), before.window(), after.window(), Show::range);
      side(
          path.field("value").field("customer"),
          before.value().customer(),
          after.value().customer());
      side(
          path.field("value").field("organization"),
          before.value().organization(),
          after.value().organization());
      optional(path.field("description"), before.description(), after.description(), Show::text);
      extensions(path, before.extensions(), after.extensions());
    }

    private static String weight(OptionalDouble weight) {
      return weight.isPresent() ? Show.number(weight.getAsDouble()) : "unweighted";
    }

    private <V extends CatalogValue> void side(
        StrategyPath path, ValueSide<V> before, ValueSide<V> after) {
      set(path, "kinds", before.kinds(), after.kinds(), Show::catalog);
      optional(path.field("description"), before.description(), after.description(), Show::text);
      optional(path.field("quantity"), before.quantity(), after.quantity(), Show::quantity);
    }

    private void stakeholder(StrategyPath path, Stakeholder before, Stakeholder after) {
      value(path.field("title"), before.title(), after.title(), Show::text);
      optional(path.field("role"), before.role(), after.role(), Show::catalog);
      optional(path.field("function"), before.function(), after.function(), Show::catalog);
      value(path.field("executive"), before.executive(), after.executive(), Show::flag);
      value(path.field("alignment"), before.alignment(), after.alignment(), Show::constant);
      extensions(path, before.extensions(), after.extensions());
    }

    private void governance(Governance before, Governance after) {
      StrategyPath path = StrategyPath.ROOT.field("governance");
      element(path.field("hub"), before.hub(), after.hub(), Hub::name, this::hub);
      optional(path.field("model"), before.model(), after.model(), Show::constant);
      list(
          path,
          "guidelines",
          before.guidelines(),
          after.guidelines(),
          g -> g.id().value(),
          Guideline::title,
          this::guideline);
      list(
          path,
          "raci",
          before.raci(),
          after.raci(),
          raci -> raci.item().kind() + ":" + raci.item().value() + " " + raci.stakeholder().value(),
          raci -> Show.constant(raci.role()),
          (cell, earlier, later) ->
              value(cell.field("role"), earlier.role(), later.role(), Show::constant));
    }

    private void hub(StrategyPath path, Hub before, Hub after) {
      value(path.field("name"), before.name(), after.name(), Show::text);
      optional(path.field("lead"), before.lead(), after.lead(), Show::id);
      names(path, "members", before.members(), after.members(), Show::id);
      set(
          path,
          "responsibilities",
          before.responsibilities(),
          after.responsibilities(),
          Show::constant);
    }

    private void guideline(StrategyPath path, Guideline before, Guideline after) {
      value(path.field("title"), before.title(), after.title(), Show::text);
      value(path.field("enforcement"), before.enforcement(), after.enforcement(), Show::constant);
      optional(path.field("description"), before.description(), after.description(), Show::text);
    }

    private void roadmap(StrategyPath path, Roadmap before, Roadmap after) {
      value(path.field("horizon"), before.horizon(), after.horizon(), Show::range);
      list(
          path,
          "initiatives",
          before.initiatives(),
          after.initiatives(),
          i -> i.id().value(),
          Initiative::name,
          this::initiative);
    }

    private void initiative(StrategyPath path, Initiative before, Initiative after) {
      value(path.field("name"), before.name(), after.name(), Show::text);
      value(path.field("window"), before.window(), after.window(), Show::range);
      names(path, "goals", before.goals(), after.goals(), Show::id);
      names(path, "tactics", before.tactics(), after.tactics(), Show::id);
      names(path, "dependsOn", before.dependsOn(), after.dependsOn(), Show::id);
      names(path, "platforms", before.platforms(), after.platforms(), Show::id);
      allocations(path, "allocations", before.allocations(), after.allocations());
      optional(path.field("description"), before.description(), after.description(), Show::text);
      extensions(path, before.extensions(), after.extensions());
    }

    private void allocations(
        StrategyPath path, String name, Map<Year, Allocation> before, Map<Year, Allocation> after) {
      map(
          path,
          name,
          before,
          after,
          Show::allocation,
          (year, earlier, later) -> {
            value(year.field("budget"), earlier.budget(), later.budget(), Show::money);
            value(year.field("staff"), earlier.staff(), later.staff(), Show::decimal);
          });
    }

    private void platform(StrategyPath path, TechnologyPlatform before, TechnologyPlatform after) {
      value(path.field("name"), before.name(), after.name(), Show::text);
      value(path.field("category"), before.category(), after.category(), Show::catalog);
      optional(path.field("annualCost"), before.annualCost(), after.annualCost(), Show::money);
      optional(path.field("description"), before.description(), after.description(), Show::text);
      extensions(path, before.extensions(), after.extensions());
    }

    private void funding(Funding before, Funding after) {
      StrategyPath path = StrategyPath.ROOT.field("funding");
      allocations(path, "perYear", before.perYear(), after.perYear());
      names(path, "agencies", before.agencies(), after.agencies(), Show::text);
      optional(path.field("trainingPlan"), before.trainingPlan(), after.trainingPlan(), Show::text);
    }

    private static String observationKey(Observation observation) {
      return Show.period(observation.period())
          + " "
          + observation.metric().value()
          + observation.tactic().map(tactic -> " " + tactic.value()).orElse("");
    }

    private static String describe(Suppression suppression) {
      return suppression.reason()
          + suppression.until().map(day -> " (until " + day + ")").orElse("");
    }

    private void suppression(StrategyPath path, Suppression before, Suppression after) {
      value(path.field("reason"), before.reason(), after.reason(), Show::text);
      optional(path.field("until"), before.until(), after.until(), Show::day);
    }
  }
}
