package org.socialstrategy.scoring.validation;

import java.util.Locale;

/** The part of a strategy a rule looks at; rule ids are numbered by family. */
public enum RuleFamily {
  /** Business goals and their objectives (SBS0xx). */
  GOALS,
  /** Tactics: alignment, measurement, cost, ownership, value exchange (SBS1xx). */
  TACTICS,
  /** Vision, executive support, reach beyond one function (SBS2xx). */
  ORGANIZATION,
  /** Hub, guidelines, RACI (SBS3xx). */
  GOVERNANCE,
  /** Roadmap, funding, staff, technology platforms (SBS4xx). */
  ROADMAP,
  /** Checks of the validation itself, such as suppressions (SBS9xx). */
  META;

  /**
   * Returns the family as written in docs and output.
   *
   * @return the lower-case name
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
