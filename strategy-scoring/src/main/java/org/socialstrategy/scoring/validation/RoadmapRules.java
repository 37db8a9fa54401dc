package org.socialstrategy.scoring.validation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.InitiativeId;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.PlatformId;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.SubjectKind;
import org.socialstrategy.model.TechnologyPlatform;
import org.socialstrategy.scoring.SuccessFactor;

/**
 * Rules about the roadmap and its resources (SBS4xx): a dated plan of about three years whose
 * initiatives serve goals and depend on each other soundly, funded and staffed year by year, with
 * technology platforms justified by the initiatives they enable.
 */
public final class RoadmapRules {

  private static final Subject ROADMAP = Subject.of(SubjectKind.ROADMAP);
  private static final Subject FUNDING = Subject.of(SubjectKind.FUNDING);
  private static final int ON_PATH = 1;
  private static final int DONE = 2;
  private static final int MAX_CYCLES = 100;

  /** SBS401: the strategy has no roadmap. */
  public static final Rule NO_ROADMAP =
      Rule.builder("SBS401", "no-roadmap")
          .title("Strategy has no roadmap")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "Once vision and goals agree, a roadmap of initiatives brings them to life; only 12%"
                  + " of organizations have a plan that looks beyond the next year.")
          .perStrategy(
              (strategy, context) -> {
                if (strategy.roadmap().isEmpty()) {
                  context.report(
                      ROADMAP,
                      Elements.ROADMAP,
                      "the strategy has no roadmap",
                      "plan initiatives over about three years, each serving goals, with dates,"
                          + " funding and staff");
                }
              });

  /** SBS402: the roadmap looks out less than the minimum number of years. */
  public static final Rule SHORT_ROADMAP =
      Rule.builder("SBS402", "short-roadmap")
          .title("Roadmap horizon is too short")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.ROADMAP)
          .options(RuleOptions.MINIMUM_ROADMAP_YEARS)
          .rationale(
              "A strategic social business roadmap looks out three years (option"
                  + " minimum-roadmap-years); a plan for the next year only is a campaign calendar.")
          .perStrategy(
              (strategy, context) -> {
                int years = context.option(RuleOptions.MINIMUM_ROADMAP_YEARS);
                strategy
                    .roadmap()
                    .filter(roadmap -> !Elements.spansYears(roadmap.horizon(), years))
                    .ifPresent(
                        roadmap ->
                            context.report(
                                ROADMAP,
                                Elements.ROADMAP.field("horizon"),
                                "the roadmap's horizon "
                                    + roadmap.horizon()
                                    + " is shorter than "
                                    + Elements.count(years, "year"),
                                "plan " + Elements.count(years, "year") + " ahead"));
              });

  /** SBS403: an initiative serves no goal. */
  public static final Rule INITIATIVE_WITHOUT_GOAL =
      Rule.builder("SBS403", "initiative-without-goal")
          .title("Initiative serves no goal")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "The roadmap aligns business goals with initiatives across the organization; an"
                  + " initiative that serves no goal spends the budget of one that would.")
          .perStrategy(
              (strategy, context) ->
                  forEachInitiative(
                      strategy,
                      (i, initiative) -> {
                        if (initiative.goals().isEmpty()) {
                          context.report(
                              Subject.of(initiative.id()),
                              Elements.initiative(i, initiative.id()),
                              "initiative "
                                  + Elements.quoted(initiative.id())
                                  + " serves no business goal",
                              "name the goals it serves, or fold it into an initiative that does");
                        }
                      }));

  /** SBS404: initiatives depend on each other in a cycle. */
  public static final Rule DEPENDENCY_CYCLE =
      Rule.builder("SBS404", "dependency-cycle")
          .title("Initiatives depend on each other in a cycle")
          .severity(Severity.ERROR)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "A cycle of dependencies cannot be scheduled: none of its initiatives can start first.")
          .perStrategy(
              (strategy, context) -> {
                List<Initiative> initiatives = strategy.initiatives();
                Map<InitiativeId, Integer> position = positions(initiatives);
                for (List<Integer> cycle : cycles(initiatives, position)) {
                  Initiative first = initiatives.get(cycle.get(0));
                  List<String> names = new ArrayList<>();
                  cycle.forEach(i -> names.add(initiatives.get(i).id().value()));
                  names.add(first.id().value());
                  context.report(
                      Subject.of(first.id()),
                      Elements.initiative(cycle.get(0), first.id()).field("dependsOn"),
                      "initiatives depend on each other in a cycle: " + String.join(" -> ", names),
                      "break the cycle: decide which initiative can start first");
                }
              });

  /** SBS405: an initiative starts before an initiative it depends on ends. */
  public static final Rule DEPENDENCY_NOT_FINISHED =
      Rule.builder("SBS405", "dependency-not-finished")
          .title("Initiative starts before a dependency ends")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "An initiative that depends on another needs its results; starting before they exist"
                  + " makes the roadmap's dates a fiction.")
          .perStrategy(
              (strategy, context) -> {
                Map<InitiativeId, Integer> position = positions(strategy.initiatives());
                int[] cycle = cycleMembership(strategy.initiatives(), position);
                forEachInitiative(
                    strategy,
                    (i, initiative) -> {
                      List<InitiativeId> dependsOn = initiative.dependsOn();
                      for (int j = 0; j < dependsOn.size(); j++) {
                        Optional<Initiative> before = strategy.initiative(dependsOn.get(j));
                        if (before.isPresent()
                            && !before.get().id().equals(initiative.id())
                            && !inOneCycle(cycle, i, position.get(before.get().id()))
                            && !before.get().window().end().isBefore(initiative.window().start())) {
                          context.report(
                              Subject.of(initiative.id()),
                              Elements.initiative(i, initiative.id()).index("dependsOn", j),
                              "initiative "
                                  + Elements.quoted(initiative.id())
                                  + " starts "
                                  + initiative.window().start()
                                  + ", before "
                                  + Elements.quoted(before.get().id())
                                  + ", which it depends on, ends "
                                  + before.get().window().end(),
                              "start it after its dependency ends, or drop the dependency");
                        }
                      }
                    });
              });

  /** SBS406: initiatives plan to spend more than the funding secured in a year. */
  public static final Rule OVERSPEND =
      Rule.builder("SBS406", "overspend")
          .title("Planned spend above funding in a year")
          .severity(Severity.ERROR)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.RESOURCES)
          .rationale(
              "Secure staff, resources and funding: a year in which initiatives plan to spend more"
                  + " than is funded will not happen as planned.")
          .perStrategy(
              (strategy, context) -> {
                Map<Year, Money> funded = new HashMap<>();
                strategy.funding().perYear().forEach((year, a) -> funded.put(year, a.budget()));
                plannedBudgets(strategy)
                    .forEach(
                        (year, planned) -> {
                          Money available = funded.get(year);
                          if (available == null || planned.compareTo(available) > 0) {
                            context.report(
                                FUNDING,
                                fundingPath(strategy, year),
                                year
                                    + ": initiatives plan to spend "
                                    + planned.display()
                                    + (available == null
                                        ? " but no funding is secured for the year"
                                        : " but funding secures only " + available.display()),
                                "secure more funding for "
                                    + year
                                    + ", or move work to a funded year");
                          }
                        });
              });

  /** SBS407: initiatives need more staff than secured in a year. */
  public static final Rule STAFF_OVERALLOCATED =
      Rule.builder("SBS407", "staff-overallocated")
          .title("Staff over-allocated in a year")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.RESOURCES)
          .rationale(
              "People are a resource like money: initiatives that need more staff in a year than"
                  + " the strategy secures will slip.")
          .perStrategy(
              (strategy, context) -> {
                Map<Year, BigDecimal> needed = new TreeMap<>();
                for (Initiative initiative : strategy.initiatives()) {
                  initiative
                      .allocations()
                      .forEach((year, a) -> needed.merge(year, a.staff(), BigDecimal::add));
                }
                needed.forEach(
                    (year, staff) -> {
                      Allocation secured = strategy.funding().perYear().get(year);
                      BigDecimal available = secured == null ? BigDecimal.ZERO : secured.staff();
                      if (staff.compareTo(available) > 0) {
                        context.report(
                            FUNDING,
                            fundingPath(strategy, year),
                            year
                                + ": initiatives need "
                                + staff.stripTrailingZeros().toPlainString()
                                + " staff but "
                                + (secured == null
                                    ? "none are secured"
                                    : "only "
                                        + available.stripTrailingZeros().toPlainString()
                                        + " are secured"),
                            "secure more staff for " + year + ", or spread the work");
                      }
                    });
              });

  /** SBS408: a technology platform enables no roadmap initiative. */
  public static final Rule SHINY_OBJECT =
      Rule.builder("SBS408", "shiny-object")
          .title("Platform enables no initiative")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.TECHNOLOGY)
          .rationale(
              "Ignore shiny object syndrome: invest in a technology platform only when it enables or"
                  + " optimizes an initiative on the roadmap.")
          .perStrategy(
              (strategy, context) -> {
                List<TechnologyPlatform> platforms = strategy.platforms();
                for (int i = 0; i < platforms.size(); i++) {
                  TechnologyPlatform platform = platforms.get(i);
                  if (strategy.initiativesUsing(platform.id()).isEmpty()) {
                    context.report(
                        Subject.of(platform.id()),
                        Elements.platform(i, platform.id()),
                        "platform "
                            + Elements.quoted(platform.id())
                            + " enables no roadmap initiative"
                            + platform
                                .annualCost()
                                .map(c -> "; " + c.display() + " a year buys a shiny object")
                                .orElse(""),
                        "tie it to the initiative it enables, or hold the investment until one needs"
                            + " it");
                  }
                }
              });

  /** SBS409: platform costs are not covered by the funding in a year. */
  public static final Rule UNFUNDED_PLATFORM =
      Rule.builder("SBS409", "unfunded-platform")
          .title("Platform cost unfunded")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.TECHNOLOGY)
          .rationale(
              "A platform costs money every year it is used; in a year where initiatives fit the"
                  + " funding but their platforms do not, the technology has no budget.")
          .perStrategy(
              (strategy, context) -> {
                Map<Year, Money> planned = plannedBudgets(strategy);
                Map<Year, Set<TechnologyPlatform>> inUse = new TreeMap<>();
                for (Initiative initiative : strategy.initiatives()) {
                  for (PlatformId id : initiative.platforms()) {
                    TechnologyPlatform platform = strategy.platform(id).orElseThrow();
                    if (platform.annualCost().isPresent()) {
                      for (Year year : initiative.window().years()) {
                        inUse.computeIfAbsent(year, y -> new LinkedHashSet<>()).add(platform);
                      }
                    }
                  }
                }
                inUse.forEach(
                    (year, platforms) -> {
                      Money costs = null;
                      List<String> ids = new ArrayList<>();
                      for (TechnologyPlatform platform : platforms) {
                        Money cost = platform.annualCost().orElseThrow();
                        costs = costs == null ? cost : costs.plus(cost);
                        ids.add(platform.id().value());
                      }
                      Allocation funding = strategy.funding().perYear().get(year);
                      Money initiatives = planned.get(year);
                      boolean initiativesFit =
                          initiatives == null
                              || (funding != null && initiatives.compareTo(funding.budget()) <= 0);
                      Money total = initiatives == null ? costs : initiatives.plus(costs);
                      if (initiativesFit
                          && (funding == null || total.compareTo(funding.budget()) > 0)) {
                        context.report(
                            FUNDING,
                            fundingPath(strategy, year),
                            year
                                + ": platform costs of "
                                + costs.display()
                                + " ("
                                + Elements.quotedList(ids)
                                + ") are not covered by "
                                + (funding == null
                                    ? "any funding"
                                    : "funding of "
                                        + funding.budget().display()
                                        + (initiatives == null
                                            ? ""
                                            : " after initiatives plan " + initiatives.display())),
                            "fund the platforms the roadmap uses in " + year + ", or drop one");
                      }
                    });
              });

  /** SBS410: an initiative runs outside the roadmap's horizon. */
  public static final Rule INITIATIVE_OUTSIDE_HORIZON =
      Rule.builder("SBS410", "initiative-outside-horizon")
          .title("Initiative runs outside the roadmap horizon")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.ROADMAP)
          .rationale(
              "The roadmap's horizon is the period it plans for; an initiative that runs past it is"
                  + " planned by nobody.")
          .perStrategy(
              (strategy, context) ->
                  strategy
                      .roadmap()
                      .ifPresent(
                          roadmap ->
                              forEachInitiative(
                                  strategy,
                                  (i, initiative) -> {
                                    if (!roadmap.horizon().encloses(initiative.window())) {
                                      context.report(
                                          Subject.of(initiative.id()),
                                          Elements.initiative(i, initiative.id()).field("window"),
                                          "initiative "
                                              + Elements.quoted(initiative.id())
                                              + " runs "
                                              + initiative.window()
                                              + ", outside the roadmap horizon "
                                              + roadmap.horizon(),
                                          "move it inside the horizon, or extend the roadmap");
                                    }
                                  })));

  /** SBS411: no funding is secured for any year. */
  public static final Rule NO_FUNDING =
      Rule.builder("SBS411", "no-funding")
          .title("No funding secured")
          .severity(Severity.WARNING)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.RESOURCES)
          .rationale(
              "Determine where resources are best applied now and over the next three years: a"
                  + " strategy with no budget or staff for any year is an intention.")
          .perStrategy(
              (strategy, context) -> {
                if (strategy.funding().perYear().isEmpty()) {
                  context.report(
                      FUNDING,
                      Elements.FUNDING,
                      "no budget or staff is secured for any year",
                      "secure budget and staff year by year for the roadmap's horizon");
                }
              });

  /** SBS412: an initiative budgets a year in which it does not run. */
  public static final Rule ALLOCATION_OUTSIDE_WINDOW =
      Rule.builder("SBS412", "allocation-outside-window")
          .title("Initiative budgets a year it does not run in")
          .severity(Severity.INFO)
          .family(RuleFamily.ROADMAP)
          .factor(SuccessFactor.RESOURCES)
          .rationale(
              "Money and staff planned for a year in which the initiative does not run are either a"
                  + " mistake in its dates or in its budget.")
          .perStrategy(
              (strategy, context) ->
                  forEachInitiative(
                      strategy,
                      (i, initiative) -> {
                        List<Year> years = initiative.window().years();
                        for (Year year : initiative.allocations().keySet()) {
                          if (!years.contains(year)) {
                            context.report(
                                Subject.of(initiative.id()),
                                Elements.initiative(i, initiative.id())
                                    .key("allocations", year.toString()),
                                "initiative "
                                    + Elements.quoted(initiative.id())
                                    + " plans budget and staff for "
                                    + year
                                    + " but runs "
                                    + initiative.window(),
                                "move the allocation to a year it runs in, or change its dates");
                          }
                        }
                      }));

  private RoadmapRules() {}

  private interface InitiativeCheck {
    void check(int position, Initiative initiative);
  }

  private static void forEachInitiative(Strategy strategy, InitiativeCheck check) {
    List<Initiative> initiatives = strategy.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      check.check(i, initiatives.get(i));
    }
  }

  private static Map<InitiativeId, Integer> positions(List<Initiative> initiatives) {
    Map<InitiativeId, Integer> position = new HashMap<>();
    for (int i = 0; i < initiatives.size(); i++) {
      position.putIfAbsent(initiatives.get(i).id(), i);
    }
    return position;
  }

  private static boolean inOneCycle(int[] cycle, int a, int b) {
    return cycle[a] >= 0 && cycle[a] == cycle[b];
  }

  /**
   * Numbers the dependency cycles: for each initiative position, the strongly connected component
   * of the dependency graph it belongs to when that component holds more than one initiative (a
   * cycle, which SBS404 reports), else -1. Tarjan's algorithm, without recursion.
   */
  private static int[] cycleMembership(
      List<Initiative> initiatives, Map<InitiativeId, Integer> position) {
    int n = initiatives.size();
    int[] index = new int[n];
    int[] low = new int[n];
    int[] next = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    Arrays.fill(component, -1);
    List<Integer> stack = new ArrayList<>();
    List<Integer> path = new ArrayList<>();
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      path.add(root);
      index[root] = low[root] = counter++;
      stack.add(root);
      onStack[root] = true;
      while (!path.isEmpty()) {
        int node = path.get(path.size() - 1);
        List<InitiativeId> dependencies = initiatives.get(node).dependsOn();
        if (next[node] < dependencies.size()) {
          Integer target = position.get(dependencies.get(next[node]++));
          if (target == null) {
            continue;
          }
          if (index[target] < 0) {
            index[target] = low[target] = counter++;
            stack.add(target);
            onStack[target] = true;
            path.add(target);
          } else if (onStack[target]) {
            low[node] = Math.min(low[node], index[target]);
          }
          continue;
        }
        path.remove(path.size() - 1);
        if (!path.isEmpty()) {
          int parent = path.get(path.size() - 1);
          low[parent] = Math.min(low[parent], low[node]);
        }
        if (low[node] == index[node]) {
          int size = stack.size() - stack.lastIndexOf(node);
          int id = size > 1 ? components++ : -1;
          int member;
          do {
            member = stack.remove(stack.size() - 1);
            onStack[member] = false;
            component[member] = id;
          } while (member != node);
        }
      }
    }
    return component;
  }

  /** Budgets the initiatives plan per year, in year order. */
  private static Map<Year, Money> plannedBudgets(Strategy strategy) {
    Map<Year, Money> planned = new TreeMap<>();
    for (Initiative initiative : strategy.initiatives()) {
      initiative.allocations().forEach((year, a) -> planned.merge(year, a.budget(), Money::plus));
    }
    return planned;
  }

  private static StrategyPath fundingPath(Strategy strategy, Year year) {
    return strategy.funding().perYear().containsKey(year)
        ? Elements.FUNDING.key("perYear", year.toString())
        : Elements.FUNDING;
  }

  /**
   * Finds cycles of dependencies, each starting from its first initiative in roadmap order: an
   * iterative depth-first search, linear in initiatives plus dependencies, that names the cycle
   * closed by each back edge, up to {@value #MAX_CYCLES} of them.
   */
  private static List<List<Integer>> cycles(
      List<Initiative> initiatives, Map<InitiativeId, Integer> position) {
    int n = initiatives.size();
    int[] state = new int[n];
    int[] next = new int[n];
    int[] depth = new int[n];
    List<Integer> stack = new ArrayList<>();
    List<List<Integer>> cycles = new ArrayList<>();
    for (int root = 0; root < n && cycles.size() < MAX_CYCLES; root++) {
      if (state[root] != 0) {
        continue;
      }
      state[root] = ON_PATH;
      depth[root] = 0;
      stack.add(root);
      while (!stack.isEmpty()) {
        int node = stack.get(stack.size() - 1);
        List<InitiativeId> dependencies = initiatives.get(node).dependsOn();
        if (next[node] == dependencies.size()) {
          state[node] = DONE;
          stack.remove(stack.size() - 1);
          continue;
        }
        Integer target = position.get(dependencies.get(next[node]++));
        if (target == null || target == node) {
          continue;
        }
        if (state[target] == 0) {
          state[target] = ON_PATH;
          depth[target] = stack.size();
          stack.add(target);
        } else if (state[target] == ON_PATH && cycles.size() < MAX_CYCLES) {
          cycles.add(rotateToFirst(new ArrayList<>(stack.subList(depth[target], stack.size()))));
        }
      }
    }
    return cycles;
  }

  private static List<Integer> rotateToFirst(List<Integer> cycle) {
    int smallest = cycle.indexOf(cycle.stream().min(Integer::compare).orElseThrow());
    List<Integer> rotated = new ArrayList<>(cycle.subList(smallest, cycle.size()));
    rotated.addAll(cycle.subList(0, smallest));
    return rotated;
  }
}
