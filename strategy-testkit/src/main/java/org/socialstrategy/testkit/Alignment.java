package org.socialstrategy.testkit;

/**
 * How well the tactics of a generated strategy are aligned with its goals: the share of tactics
 * that serve no goal, that track only vanity or engagement metrics, and whose value exchange is
 * one-sided. Everything else in a generated strategy is sound whatever the alignment.
 */
public enum Alignment {
  /** Every tactic serves a goal, tracks a business outcome and exchanges value both ways. */
  FULLY_ALIGNED(0, 0, 0),
  /** About one tactic in ten serves no goal. */
  SOME_UNALIGNED(0.1, 0, 0),
  /** Every tactic tracks only vanity or engagement metrics: fans, likes, comments. */
  VANITY_ONLY(0, 1, 0),
  /** About one tactic in five gives the customer nothing in return. */
  ONE_SIDED(0, 0, 0.2),
  /** A realistic mess: some unaligned, some vanity-only, some one-sided tactics. */
  MIXED(0.1, 0.25, 0.15);

  private final double unaligned;
  private final double vanityOnly;
  private final double oneSided;

  Alignment(double unaligned, double vanityOnly, double oneSided) {
    this.unaligned = unaligned;
    this.vanityOnly = vanityOnly;
    this.oneSided = oneSided;
  }

  /**
   * Returns the share of tactics that serve no goal.
   *
   * @return a share in [0, 1]
   */
  public double unalignedShare() {
    return unaligned;
  }

  /**
   * Returns the share of tactics that track only vanity or engagement metrics.
   *
   * @return a share in [0, 1]
   */
  public double vanityOnlyShare() {
    return vanityOnly;
  }

  /**
   * Returns the share of tactics whose customer receives nothing.
   *
   * @return a share in [0, 1]
   */
  public double oneSidedShare() {
    return oneSided;
  }
}
