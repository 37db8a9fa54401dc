package org.socialstrategy.scoring.scorecard;

import java.util.List;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.Finding;

/**
 * One success factor scored 0 to 100, with what counted for it, what is missing, and the validation
 * findings that weigh on it.
 *
 * <p>The score is {@code 100 * sum(weight * met) / sum(weight)} over the factor's criteria, rounded
 * half up, where {@code met} is 1 or 0 for a yes-or-no criterion and the share achieved for a share
 * criterion (2 of 3 goals measured is 0.6667). {@code docs/scoring.md} lists the criteria and
 * weights of every factor.
 *
 * @param factor the factor
 * @param score 0 to 100
 * @param evidence what counted, one statement each
 * @param missing what is missing, one statement each
 * @param findings the findings of the factor's rules
 */
public record FactorScore(
    SuccessFactor factor,
    int score,
    List<String> evidence,
    List<String> missing,
    List<Finding> findings) {

  /**
   * Copies the lists.
   *
   * @param factor the factor
   * @param score 0 to 100
   * @param evidence what counted, one statement each
   * @param missing what is missing, one statement each
   * @param findings the findings of the factor's rules
   */
  public FactorScore {
    evidence = List.copyOf(evidence);
    missing = List.copyOf(missing);
    findings = List.copyOf(findings);
  }
}
