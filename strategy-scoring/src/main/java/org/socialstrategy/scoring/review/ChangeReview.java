package org.socialstrategy.scoring.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.diff.StrategyDiff;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.scoring.validation.Baseline;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.StrategyValidator;

/**
 * A change to a strategy as a reviewer sees it: what changed, which findings the change introduces
 * and which it resolves, and how the headline figures move. Both versions are scored with the same
 * validator as of the same day, so that only the change itself makes a difference.
 *
 * <pre>{@code
 * ChangeReview review = ChangeReview.of(before, after, LocalDate.of(2027, 6, 30), validator);
 * review.diff().changes().forEach(System.out::println);
 * review.introduced().forEach(System.out::println);
 * }</pre>
 */
public final class ChangeReview {

  private final StrategyDiff diff;
  private final Scorecard before;
  private final Scorecard after;
  private final List<Finding> introduced;
  private final List<Finding> resolved;
  private final List<FigureChange> figures;

  private ChangeReview(Scorecard before, Scorecard after) {
    this.before = before;
    this.after = after;
    this.diff = StrategyDiff.between(before.strategy(), after.strategy());
    this.introduced =
        Baseline.of("", before.validation()).match("", after.validation()).newFindings();
    this.resolved =
        Baseline.of("", after.validation()).match("", before.validation()).newFindings();
    List<HeadlineFigures.Figure> earlier = HeadlineFigures.of(before).figures();
    List<HeadlineFigures.Figure> later = HeadlineFigures.of(after).figures();
    List<FigureChange> moved = new ArrayList<>();
    for (int i = 0; i < earlier.size(); i++) {
      moved.add(
          new FigureChange(
              earlier.get(i).key(),
              earlier.get(i).label(),
              earlier.get(i).value(),
              later.get(i).value()));
    }
    this.figures = List.copyOf(moved);
  }

  /**
   * Reviews a change.
   *
   * @param before the strategy before the change
   * @param after the strategy after it
   * @param asOf the day both are scored and validated for
   * @param validator the validator, with its rules, severities and thresholds
   * @return the review
   */
  public static ChangeReview of(
      Strategy before, Strategy after, LocalDate asOf, StrategyValidator validator) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(validator, "validator");
    return new ChangeReview(
        Scorecard.of(Objects.requireNonNull(before, "before"), asOf, validator),
        Scorecard.of(Objects.requireNonNull(after, "after"), asOf, validator));
  }

  /**
   * Returns what changed, element by element.
   *
   * @return the diff
   */
  public StrategyDiff diff() {
    return diff;
  }

  /**
   * Returns the scorecard of the strategy before the change.
   *
   * @return the earlier scorecard
   */
  public Scorecard before() {
    return before;
  }

  /**
   * Returns the scorecard of the strategy after the change.
   *
   * @return the later scorecard
   */
  public Scorecard after() {
    return after;
  }

  /**
   * Returns the day both versions were scored for.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return after.asOf();
  }

  /**
   * Returns the findings of the later version that the earlier one did not have, matched by {@link
   * org.socialstrategy.scoring.validation.FindingKey}, in report order.
   *
   * @return the findings the change introduces
   */
  public List<Finding> introduced() {
    return introduced;
  }

  /**
   * Returns the findings of the earlier version that the later one no longer has, in report order.
   *
   * @return the findings the change resolves
   */
  public List<Finding> resolved() {
    return resolved;
  }

  /**
   * Returns the headline figures before and after, in the order of {@link HeadlineFigures}.
   *
   * @return the figures
   */
  public List<FigureChange> figures() {
    return figures;
  }

  /**
   * Tells whether the change makes no difference a review shows: no change, no finding introduced
   * or resolved.
   *
   * @return true when there is nothing to review
   */
  public boolean isEmpty() {
    return diff.isEmpty() && introduced.isEmpty() && resolved.isEmpty();
  }
}
