package org.socialstrategy.scoring.validation;

/** Where a suppression recorded in a strategy stands after a validation. */
public enum WaiverState {
  /** It set at least one finding aside. */
  ACTIVE,
  /** Its last day has passed: the findings it matches are reported again, with a note. */
  EXPIRED,
  /** It names a known rule but set nothing aside: the finding it was for is gone (stale). */
  UNUSED,
  /** It names no rule the validator knows. */
  UNKNOWN_RULE;

  /**
   * Returns the state as reports write it: {@code active}, {@code expired}, {@code unused}, {@code
   * unknown-rule}.
   *
   * @return the key
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
