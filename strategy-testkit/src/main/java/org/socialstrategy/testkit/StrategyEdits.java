package org.socialstrategy.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.socialstrategy.model.Allocation;
import org.socialstrategy.model.BusinessGoal;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Enforcement;
import org.socialstrategy.model.ExecutiveAlignment;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Funding;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.Guideline;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.model.InvalidStrategyException;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Objective;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Organization;
import org.socialstrategy.model.RaciAssignment;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Stakeholder;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Suppression;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.Vision;

/**
 * Random edits of a strategy made through the model's own API, the way a planning app changes a
 * strategy: a tactic renamed, re-costed, moved, added or removed, a goal reweighted, an objective
 * retargeted, observations added and corrected, a waiver recorded, funding and the roadmap
 * adjusted. An edit the model refuses (a tactic still referred to cannot be removed) is skipped, so
 * every result is a valid strategy. The same seed always makes the same edits.
 *
 * <pre>{@code
 * Strategy edited = StrategyEdits.apply(strategy, 42, 3);
 * qt().forAll(StrategyGens.pairs(12)).checkAssert(pair -> ...);
 * }</pre>
 */
public final class StrategyEdits {

  private static final int KINDS = 20;

  private final SplittableRandom random;
  private int made;

  private StrategyEdits(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Makes random edits of a strategy.
   *
   * @param strategy the strategy
   * @param seed the seed: the same seed makes the same edits
   * @param edits how many edits to try
   * @return the edited strategy, valid; equal to the original when every edit was refused
   */
  public static Strategy apply(Strategy strategy, long seed, int edits) {
    StrategyEdits editor = new StrategyEdits(seed);
    Strategy edited = strategy;
    for (int i = 0; i < edits; i++) {
      try {
        edited = editor.one(edited);
      } catch (InvalidStrategyException refused) {
        // the model refused this edit: the strategy stays as it was
      }
    }
    return edited;
  }

  private <T> T pick(List<T> elements) {
    return elements.get(random.nextInt(elements.size()));
  }

  private String suffix() {
    return " v" + (++made);
  }

  private Strategy one(Strategy strategy) {
    int kind = random.nextInt(KINDS);
    List<Tactic> tactics = strategy.tactics();
    if (kind < 7 && tactics.isEmpty()) {
      return strategy;
    }
    return switch (kind) {
      case 0 -> {
        Tactic tactic = pick(tactics);
        yield strategy.withTactic(
            Tactic.builder().from(tactic).name(tactic.name() + suffix()).build());
      }
      case 1 -> {
        Tactic tactic = pick(tactics);
        Currency currency = strategy.currency().orElse(Currency.getInstance("USD"));
        BigDecimal amount =
            tactic.cost().map(Money::amount).orElse(BigDecimal.ZERO).add(new BigDecimal("250.00"));
        yield strategy.withTactic(tactic.withCost(Money.of(amount, currency)));
      }
      case 2 -> {
        Tactic tactic = pick(tactics);
        Tactic.Builder changed = Tactic.builder().from(tactic);
        changed.description(
            tactic.description().isPresent()
                ? Optional.empty()
                : Optional.of("Reviewed: keep it" + suffix()));
        yield strategy.withTactic(changed.build());
      }
      case 3 -> {
        Tactic tactic = pick(tactics);
        DateRange window =
            tactic
                .window()
                .map(w -> DateRange.of(w.start().plusMonths(3), w.end().plusMonths(3)))
                .orElse(DateRange.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 12, 31)));
        yield strategy.withTactic(Tactic.builder().from(tactic).window(window).build());
      }
      case 4 -> strategy.withoutTactic(pick(tactics).id());
      case 5 -> {
        Tactic tactic = pick(tactics);
        yield strategy.withTactic(
            Tactic.builder()
                .from(tactic)
                .id("new-tactic-" + (++made))
                .name("New tactic" + suffix())
                .build());
      }
      case 6 -> {
        List<Tactic> swapped = new ArrayList<>(tactics);
        int first = random.nextInt(swapped.size());
        swapped.add(swapped.remove(first));
        yield strategy.withTactics(swapped);
      }
      case 7 -> goal(strategy);
      case 8 -> {
        if (strategy.metrics().isEmpty()) {
          yield strategy;
        }
        Metric metric = pick(strategy.metrics());
        yield strategy.withMetric(
            Metric.builder().from(metric).name(metric.name() + suffix()).build());
      }
      case 9 -> {
        if (strategy.stakeholders().isEmpty()) {
          yield strategy;
        }
        Stakeholder stakeholder = pick(strategy.stakeholders());
        ExecutiveAlignment alignment = pick(List.of(ExecutiveAlignment.values()));
        yield strategy.withStakeholder(
            Stakeholder.builder().from(stakeholder).alignment(alignment).build());
      }
      case 10 -> observations(strategy);
      case 11 ->
          strategy.withOrganization(
              Organization.builder()
                  .from(strategy.organization())
                  .name(strategy.organization().name() + suffix())
                  .build());
      case 12 ->
          strategy
              .vision()
              .map(v -> Vision.builder().from(v).statement(v.statement() + suffix()).build())
              .map(strategy::withVision)
              .orElse(strategy);
      case 13 -> suppressions(strategy);
      case 14 -> funding(strategy);
      case 15 ->
          Strategy.builder()
              .from(strategy)
              .putExtension("x-review", ExtensionValue.text("checked" + suffix()))
              .build();
      case 16 -> roadmap(strategy);
      case 17 -> governance(strategy);
      case 18 -> {
        if (strategy.metrics().isEmpty() || tactics.isEmpty()) {
          yield strategy;
        }
        Tactic tactic = pick(tactics);
        yield strategy.withTactic(tactic.withTracks(List.of(pick(strategy.metrics()).id())));
      }
      default -> {
        if (strategy.observations().isEmpty()) {
          yield strategy;
        }
        List<Observation> left = new ArrayList<>(strategy.observations());
        left.remove(random.nextInt(left.size()));
        yield strategy.withObservations(left);
      }
    };
  }

  private Strategy goal(Strategy strategy) {
    if (strategy.goals().isEmpty()) {
      return strategy;
    }
    BusinessGoal goal = pick(strategy.goals());
    BusinessGoal.Builder changed = BusinessGoal.builder().from(goal);
    if (random.nextBoolean()) {
      changed.weight(goal.weight() == 1.0 ? 0.5 : 1.0).title(goal.title() + suffix());
    } else if (!goal.objectives().isEmpty()) {
      List<Objective> objectives = new ArrayList<>(goal.objectives());
      Objective objective = objectives.get(0);
      objectives.set(
          0,
          Objective.builder()
              .from(objective)
              .target(objective.target().add(BigDecimal.TEN))
              .due(objective.due().plusMonths(6))
              .build());
      changed.objectives(objectives);
    }
    return strategy.withGoal(changed.build());
  }

  private Strategy observations(Strategy strategy) {
    List<Observation> observations = new ArrayList<>(strategy.observations());
    if (observations.isEmpty() || random.nextBoolean()) {
      if (strategy.metrics().isEmpty()) {
        return strategy;
      }
      Observation.Builder added =
          Observation.builder()
              .metric(pick(strategy.metrics()).id())
              .period(DateRange.of(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 31)))
              .value(BigDecimal.valueOf(random.nextInt(1000)));
      if (!strategy.tactics().isEmpty() && random.nextBoolean()) {
        added.tactic(pick(strategy.tactics()).id());
      }
      return strategy.plusObservations(List.of(added.build()));
    }
    int at = random.nextInt(observations.size());
    Observation observation = observations.get(at);
    observations.set(
        at,
        Observation.builder()
            .from(observation)
            .value(observation.value().add(BigDecimal.ONE))
            .build());
    return strategy.withObservations(observations);
  }

  private Strategy suppressions(Strategy strategy) {
    if (!strategy.suppressions().isEmpty() && random.nextBoolean()) {
      List<Suppression> left = new ArrayList<>(strategy.suppressions());
      left.remove(random.nextInt(left.size()));
      return Strategy.builder().from(strategy).suppressions(left).build();
    }
    Subject subject =
        strategy.tactics().isEmpty() ? Subject.STRATEGY : Subject.of(pick(strategy.tactics()).id());
    return Strategy.builder()
        .from(strategy)
        .addSuppression(
            Suppression.of(
                "tactic-without-owner",
                subject,
                "the agency owns it until a hire starts",
                LocalDate.of(2027, 6, 30)))
        .build();
  }

  private Strategy funding(Strategy strategy) {
    Funding funding = strategy.funding();
    Funding.Builder changed = Funding.builder().from(funding);
    if (random.nextBoolean() || funding.perYear().isEmpty()) {
      changed.addAgency("Agency" + suffix());
    } else {
      Map<Year, Allocation> perYear = new LinkedHashMap<>(funding.perYear());
      Year year = pick(List.copyOf(perYear.keySet()));
      Allocation allocation = perYear.get(year);
      perYear.put(year, Allocation.of(allocation.budget(), allocation.staff().add(BigDecimal.ONE)));
      changed.perYear(perYear);
    }
    return strategy.withFunding(changed.build());
  }

  private Strategy roadmap(Strategy strategy) {
    if (strategy.roadmap().isEmpty() || strategy.initiatives().isEmpty()) {
      return strategy;
    }
    Roadmap roadmap = strategy.roadmap().get();
    List<Initiative> initiatives = new ArrayList<>(roadmap.initiatives());
    int at = random.nextInt(initiatives.size());
    Initiative initiative = initiatives.get(at);
    initiatives.set(
        at,
        Initiative.builder()
            .from(initiative)
            .name(initiative.name() + suffix())
            .description(Optional.of("Rescoped" + suffix()))
            .build());
    return strategy.withRoadmap(Roadmap.builder().from(roadmap).initiatives(initiatives).build());
  }

  private Strategy governance(Strategy strategy) {
    Governance governance = strategy.governance();
    Governance.Builder changed = Governance.builder().from(governance);
    if (!governance.raci().isEmpty() && random.nextBoolean()) {
      List<RaciAssignment> raci = new ArrayList<>(governance.raci());
      int at = random.nextInt(raci.size());
      RaciAssignment cell = raci.get(at);
      raci.set(
          at,
          RaciAssignment.of(
              cell.item(),
              cell.stakeholder(),
              cell.role() == RaciRole.CONSULTED ? RaciRole.INFORMED : RaciRole.CONSULTED));
      changed.raci(raci);
    } else {
      changed.addGuideline(
          Guideline.of("guideline-" + (++made), "Answer within a day", Enforcement.MANDATORY));
    }
    return strategy.withGovernance(changed.build());
  }
}
