package org.socialstrategy.scoring.scorecard;

import java.util.List;

/**
 * A maturity stage's criteria as the strategy meets them.
 *
 * @param stage the stage
 * @param criteria its criteria, in order
 */
public record StageAssessment(MaturityStage stage, List<Criterion> criteria) {

  /**
   * Copies the criteria.
   *
   * @param stage the stage
   * @param criteria its criteria, in order
   */
  public StageAssessment {
    criteria = List.copyOf(criteria);
  }

  /**
   * Tells whether every criterion of the stage is met.
   *
   * @return true when all are met
   */
  public boolean met() {
    return criteria.stream().allMatch(Criterion::met);
  }
}
