package org.socialstrategy.report;

import java.time.LocalDate;
import java.util.Objects;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.scoring.review.ChangeReview;
import org.socialstrategy.scoring.validation.StrategyValidator;

/**
 * Two versions of a strategy file and the review of the change between them, as the change reports
 * show it: each version under the name a user gave it (a file, or {@code REV:file} for a version in
 * git), with its layout to place findings at lines, and the review.
 *
 * @param beforeName how to name the earlier version, such as {@code HEAD:retail.yaml}
 * @param before the earlier version's strategy and layout
 * @param afterName how to name the later version, such as {@code retail.yaml}
 * @param after the later version's strategy and layout
 * @param review what changed, the findings introduced and resolved, the headline figures
 */
public record StrategyChange(
    String beforeName,
    StrategyDocument before,
    String afterName,
    StrategyDocument after,
    ChangeReview review) {

  /**
   * Rejects nulls.
   *
   * @param beforeName how to name the earlier version
   * @param before the earlier version
   * @param afterName how to name the later version
   * @param after the later version
   * @param review the review of the change
   */
  public StrategyChange {
    Objects.requireNonNull(beforeName, "beforeName");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(afterName, "afterName");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(review, "review");
  }

  /**
   * Reviews the change between two versions of a file.
   *
   * @param beforeName how to name the earlier version
   * @param before the earlier version
   * @param afterName how to name the later version
   * @param after the later version
   * @param asOf the day both versions are scored and validated for
   * @param validator the validator, with its rules, severities and thresholds
   * @return the change and its review
   */
  public static StrategyChange of(
      String beforeName,
      StrategyDocument before,
      String afterName,
      StrategyDocument after,
      LocalDate asOf,
      StrategyValidator validator) {
    return new StrategyChange(
        beforeName,
        before,
        afterName,
        after,
        ChangeReview.of(before.strategy(), after.strategy(), asOf, validator));
  }
}
