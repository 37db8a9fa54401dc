package org.socialstrategy.scoring.scorecard;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Roadmap;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.Vision;

/** The date a scorecard speaks for when none is given; see {@link Scorecard#defaultAsOf}. */
final class DefaultAsOf {

  private DefaultAsOf() {}

  static LocalDate of(Strategy strategy) {
    return strategy.observations().stream()
        .map(Observation::period)
        .map(DateRange::end)
        .max(LocalDate::compareTo)
        .or(() -> earliestPlanned(strategy))
        .orElse(LocalDate.EPOCH);
  }

  /** The earliest date the strategy names: a start, a baseline date or a due date. */
  private static Optional<LocalDate> earliestPlanned(Strategy strategy) {
    Stream<LocalDate> horizons =
        Stream.concat(
                strategy.vision().map(Vision::horizon).stream(),
                strategy.roadmap().map(Roadmap::horizon).stream())
            .map(DateRange::start);
    Stream<LocalDate> windows =
        Stream.concat(
            strategy.initiatives().stream().map(initiative -> initiative.window().start()),
            strategy.tactics().stream()
                .map(Tactic::window)
                .flatMap(Optional::stream)
                .map(DateRange::start));
    Stream<LocalDate> objectives =
        strategy.goals().stream()
            .flatMap(goal -> goal.objectives().stream())
            .flatMap(
                objective ->
                    Stream.concat(objective.baselineDate().stream(), Stream.of(objective.due())));
    return Stream.of(horizons, windows, objectives)
        .flatMap(dates -> dates)
        .min(LocalDate::compareTo);
  }
}
