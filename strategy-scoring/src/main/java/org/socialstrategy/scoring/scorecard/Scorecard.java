package org.socialstrategy.scoring.scorecard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.StrategyValidator;
import org.socialstrategy.scoring.validation.ValidationReport;

/**
 * Everything an executive reads about one strategy at one date, led by two figures kept apart: the
 * {@linkplain #results() results} (what it achieves: objective progress and returns) and the
 * {@linkplain #plan() plan} (how complete and aligned it is); then validation findings, alignment,
 * the seven success factors, maturity, objective progress, return on investment per tactic, and the
 * survey benchmark. Computed once, when made; immutable and thread-safe; the same strategy, date
 * and validator always give an equal scorecard.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.of(strategy, LocalDate.of(2027, 6, 30));
 * card.results().display();          // "80/100", or "not measured" before any observation
 * card.plan().display();             // "31/100", with the evidence that counted
 * card.maturity().stage();           // FORMALIZED, with criteria met and missing
 * card.successFactor(3).score();     // 0..100, with the evidence that counted
 * card.roi(TacticId.of("fb-shop"));  // exact, or the reason it cannot be computed
 * }</pre>
 */
public final class Scorecard {

  private final Strategy strategy;
  private final LocalDate asOf;
  private final ValidationReport validation;
  private final AlignmentScore alignment;
  private final List<FactorScore> factors;
  private final MaturityAssessment maturity;
  private final List<ObjectiveProgress> progress;
  private final List<TacticRoi> returns;
  private final Map<TacticId, TacticRoi> returnsByTactic = new HashMap<>();
  private final Benchmark benchmark;
  private final PlanScore plan;
  private final ResultsScore results;

  private Scorecard(Strategy strategy, LocalDate asOf, StrategyValidator validator) {
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.validation = validator.validate(strategy, asOf);
    this.alignment = AlignmentScore.of(strategy);
    this.factors = Factors.score(strategy, validation, validator, alignment);
    this.progress = Progress.of(strategy, asOf);
    this.returns = Returns.of(strategy, asOf);
    returns.forEach(r -> returnsByTactic.putIfAbsent(r.tactic(), r));
    this.maturity = Maturity.assess(strategy, asOf, validator, alignment, progress, returns);
    this.benchmark = Benchmark.of(strategy, alignment);
    this.plan = Headlines.plan(factors, alignment);
    this.results = Headlines.results(strategy, asOf, progress, returns);
  }

  /**
   * Scores a strategy with the default validator, as of its {@linkplain #defaultAsOf(Strategy)
   * default date}: the end of its latest observed period.
   *
   * @param strategy the strategy
   * @return the scorecard
   */
  public static Scorecard of(Strategy strategy) {
    return of(strategy, defaultAsOf(strategy));
  }

  /**
   * Returns the date a scorecard speaks for when none is given, here and in {@code sbs score}: the
   * end of the latest period the strategy has observations for, so that the same strategy always
   * scores the same and nothing measured is left out. A strategy without observations has nothing a
   * date could leave out, so its scorecard speaks for the earliest date the strategy names: the
   * start of the vision's or the roadmap's horizon, of an initiative's or a tactic's window, an
   * objective's baseline date or due date; a strategy that names no date at all speaks for {@link
   * LocalDate#EPOCH}. Never today: the same file scores the same on any day.
   *
   * @param strategy the strategy
   * @return the default as-of date
   */
  public static LocalDate defaultAsOf(Strategy strategy) {
    return DefaultAsOf.of(strategy);
  }

  /**
   * Scores a strategy with the default validator.
   *
   * @param strategy the strategy
   * @param asOf the date the scorecard speaks for: observations after it are ignored
   * @return the scorecard
   */
  public static Scorecard of(Strategy strategy, LocalDate asOf) {
    return of(strategy, asOf, StrategyValidator.defaults());
  }

  /**
   * Scores a strategy with a given validator, whose findings, severities and thresholds the
   * scorecard uses.
   *
   * @param strategy the strategy
   * @param asOf the date the scorecard speaks for
   * @param validator the validator
   * @return the scorecard
   */
  public static Scorecard of(Strategy strategy, LocalDate asOf, StrategyValidator validator) {
    return new Scorecard(strategy, asOf, validator);
  }

  /**
   * Returns the strategy scored.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Returns the date the scorecard speaks for.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the validation findings.
   *
   * @return the report
   */
  public ValidationReport validation() {
    return validation;
  }

  /**
   * Returns how much of the activity is connected to business results.
   *
   * @return the alignment
   */
  public AlignmentScore alignment() {
    return alignment;
  }

  /**
   * Returns the seven success factors, in order.
   *
   * @return the factor scores
   */
  public List<FactorScore> successFactors() {
    return factors;
  }

  /**
   * Returns one success factor.
   *
   * @param number 1 to 7
   * @return the factor's score
   * @throws IllegalArgumentException if the number is not 1 to 7
   */
  public FactorScore successFactor(int number) {
    return factors.get(SuccessFactor.number(number).ordinal());
  }

  /**
   * Returns the first headline figure: how complete and aligned the strategy is, from the seven
   * success factors, counted only as far as the money follows them.
   *
   * @return the plan figure, 0 to 100, with its evidence
   */
  public PlanScore plan() {
    return plan;
  }

  /**
   * Returns the second headline figure: what the strategy achieves, from the progress of its
   * objectives weighted by goal weight and the returns of its tactics weighted by spend; not
   * measured until something is observed.
   *
   * @return the results figure, 0 to 100 or not measured, with its evidence and what to measure
   *     first
   */
  public ResultsScore results() {
    return results;
  }

  /**
   * Returns the maturity assessment.
   *
   * @return the assessment
   */
  public MaturityAssessment maturity() {
    return maturity;
  }

  /**
   * Returns the progress of every objective, goal by goal.
   *
   * @return the progress
   */
  public List<ObjectiveProgress> progress() {
    return progress;
  }

  /**
   * Returns the return on investment of every tactic, ranked: computable returns best first, then
   * the others in strategy order.
   *
   * @return the returns
   */
  public List<TacticRoi> returns() {
    return returns;
  }

  /**
   * Returns the return on investment of one tactic.
   *
   * @param tactic the tactic's id
   * @return its return, or empty for a tactic the strategy does not have
   */
  public Optional<TacticRoi> roi(TacticId tactic) {
    return Optional.ofNullable(returnsByTactic.get(tactic));
  }

  /**
   * Returns where the strategy stands against the survey figures.
   *
   * @return the benchmark
   */
  public Benchmark benchmark() {
    return benchmark;
  }

  /**
   * Scorecards are equal when they score equal strategies at the same date to the same figures: the
   * same findings, alignment, factors, maturity, progress, returns and benchmark. Scoring is
   * deterministic, so the same strategy, date and validator always give equal scorecards.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Scorecard)) {
      return false;
    }
    Scorecard card = (Scorecard) other;
    return asOf.equals(card.asOf)
        && validation.equals(card.validation)
        && alignment.equals(card.alignment)
        && factors.equals(card.factors)
        && maturity.equals(card.maturity)
        && progress.equals(card.progress)
        && returns.equals(card.returns)
        && benchmark.equals(card.benchmark)
        && strategy.equals(card.strategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, validation, alignment, factors, progress, returns);
  }

  /**
   * Returns a one-line summary: organization, date, the two headline figures, maturity and
   * alignment: {@code "Acme Outfitters as of 2027-06-30: results 80/100, plan 31/100, maturity
   * Presence, 75% of tactics aligned"}.
   */
  @Override
  public String toString() {
    return strategy.organization().name()
        + " as of "
        + asOf
        + ": results "
        + results.display()
        + ", plan "
        + plan.display()
        + ", maturity "
        + maturity.stage().title()
        + ", "
        + alignment.score()
        + "% of tactics aligned";
  }
}
