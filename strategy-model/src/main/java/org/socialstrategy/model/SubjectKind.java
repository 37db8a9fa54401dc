package org.socialstrategy.model;

import java.util.Locale;

/** The kinds of strategy element a finding or a suppression can be about. */
public enum SubjectKind {
  /** The strategy as a whole. */
  STRATEGY(false),
  /** The vision. */
  VISION(false),
  /** A business goal. */
  GOAL(true),
  /** A metric. */
  METRIC(true),
  /** A tactic. */
  TACTIC(true),
  /** A stakeholder. */
  STAKEHOLDER(true),
  /** The governance as a whole: hub, guidelines, RACI. */
  GOVERNANCE(false),
  /** A governance guideline. */
  GUIDELINE(true),
  /** The roadmap as a whole. */
  ROADMAP(false),
  /** A roadmap initiative. */
  INITIATIVE(true),
  /** A technology platform. */
  PLATFORM(true),
  /** The funding as a whole. */
  FUNDING(false);

  private final boolean identified;

  SubjectKind(boolean identified) {
    this.identified = identified;
  }

  /**
   * Tells whether subjects of this kind are named by an id; the others occur once per strategy.
   *
   * @return true for kinds with ids
   */
  public boolean isIdentified() {
    return identified;
  }

  /**
   * Returns the kind as written in files and messages: {@code "tactic"}, {@code "goal"}, ...
   *
   * @return the lower-case name
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
