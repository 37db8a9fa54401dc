package org.socialstrategy.scoring.scorecard;

import java.util.List;
import java.util.OptionalInt;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.Finding;

/**
 * One success factor scored 0 to 100, with what counted for it, what is missing, what could not be
 * judged, and the validation findings that weigh on it.
 *
 * <p>The score is {@code 100 * sum(weight * met) / sum(weight)} over the factor's applicable
 * criteria, rounded half up, where {@code met} is 1 or 0 for a yes-or-no criterion and the share
 * achieved for a share criterion (2 of 3 goals measured is 0.6667). A criterion with nothing to
 * judge (a share of no platforms, RACI items of no RACI) is not applicable: its weight leaves the
 * sum and {@link #notApplicable()} says why. When no criterion applies, the factor has no score.
 * {@code docs/scoring.md} lists the criteria and weights of every factor.
 *
 * @param factor the factor
 * @param score 0 to 100; empty when no criterion of the factor applies
 * @param evidence what counted, one statement each
 * @param missing what is missing, one statement each
 * @param notApplicable what could not be judged and why, one statement each
 * @param findings the findings of the factor's rules
 */
public record FactorScore(
    SuccessFactor factor,
    OptionalInt score,
    List<String> evidence,
    List<String> missing,
    List<String> notApplicable,
    List<Finding> findings) {

  /**
   * Copies the lists.
   *
   * @param factor the factor
   * @param score 0 to 100; empty when no criterion of the factor applies
   * @param evidence what counted, one statement each
   * @param missing what is missing, one statement each
   * @param notApplicable what could not be judged and why, one statement each
   * @param findings the findings of the factor's rules
   */
  public FactorScore {
    evidence = List.copyOf(evidence);
    missing = List.copyOf(missing);
    notApplicable = List.copyOf(notApplicable);
    findings = List.copyOf(findings);
  }

  /**
   * Tells whether any criterion of the factor applies, so that it has a score.
   *
   * @return true when the factor is scored
   */
  public boolean applicable() {
    return score.isPresent();
  }

  /**
   * Returns the score as people read it: {@code "86"}, or {@code "not applicable"}.
   *
   * @return the score in words
   */
  public String display() {
    return score.isPresent() ? String.valueOf(score.getAsInt()) : "not applicable";
  }
}
