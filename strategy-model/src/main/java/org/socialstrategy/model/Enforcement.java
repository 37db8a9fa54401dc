package org.socialstrategy.model;

/** How binding a guideline is. */
public enum Enforcement {
  /** Advice; people may depart from it. */
  ADVISORY,
  /** Expected practice; departures are explained. */
  RECOMMENDED,
  /** Policy; departures are not allowed. */
  MANDATORY
}
