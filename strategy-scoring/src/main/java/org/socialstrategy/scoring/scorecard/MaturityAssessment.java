package org.socialstrategy.scoring.scorecard;

import java.util.List;

/**
 * Where a strategy stands on the six stages of social business transformation. An organization is
 * only as mature as its weakest dimension: the stage reached is the highest whose criteria, and the
 * criteria of every stage before it, are all met.
 *
 * @param stage the stage reached
 * @param stages the assessment of stages 1 to 6, in order
 * @param nextStageNeeds the unmet criteria of the next stage: what it takes to get there; empty at
 *     the last stage
 */
public record MaturityAssessment(
    MaturityStage stage, List<StageAssessment> stages, List<Criterion> nextStageNeeds) {

  /**
   * Copies the lists.
   *
   * @param stage the stage reached
   * @param stages the assessment of stages 1 to 6, in order
   * @param nextStageNeeds the unmet criteria of the next stage: what it takes to get there; empty
   *     at the last stage
   */
  public MaturityAssessment {
    stages = List.copyOf(stages);
    nextStageNeeds = List.copyOf(nextStageNeeds);
  }

  /**
   * Returns the assessment of one stage.
   *
   * @param stage a stage from planning to converged
   * @return its assessment
   * @throws IllegalArgumentException for {@link MaturityStage#NOT_STARTED}
   */
  public StageAssessment of(MaturityStage stage) {
    if (stage == MaturityStage.NOT_STARTED) {
      throw new IllegalArgumentException("not started is no stage to assess");
    }
    return stages.get(stage.level() - 1);
  }
}
