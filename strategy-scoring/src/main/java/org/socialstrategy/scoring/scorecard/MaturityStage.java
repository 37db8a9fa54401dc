package org.socialstrategy.scoring.scorecard;

/**
 * The six stages of social business transformation, from listening to learn to a business that is
 * social, with a stage before them for an organization that has not started.
 */
public enum MaturityStage {
  /** Not yet planning: no goals or stakeholders, nothing listened to. */
  NOT_STARTED(0, "Not started", "nothing in place yet"),
  /** Stage 1, "listen to learn": goals set, stakeholders known, listening. */
  PLANNING(1, "Planning", "listen to learn"),
  /** Stage 2, "stake our claim": a formal presence, measured against objectives. */
  PRESENCE(2, "Presence", "stake our claim"),
  /** Stage 3, "dialog deepens relationships": two-way engagement beyond marketing. */
  ENGAGEMENT(3, "Engagement", "dialog deepens relationships"),
  /** Stage 4, "organize for scale": executive sponsor, hub, organization-wide governance. */
  FORMALIZED(4, "Formalized", "organize for scale"),
  /** Stage 5, "becoming a social business": business impact shown, C-level involved. */
  STRATEGIC(5, "Strategic", "becoming a social business"),
  /** Stage 6, "business is social": cross-functional, executive-backed, woven in. */
  CONVERGED(6, "Converged", "business is social");

  private final int level;
  private final String title;
  private final String motto;

  MaturityStage(int level, String title, String motto) {
    this.level = level;
    this.title = title;
    this.motto = motto;
  }

  /**
   * Returns the stage's stable machine value, lower-case and hyphenated: {@code not-started}.
   *
   * @return the key
   */
  public String key() {
    return title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  /**
   * Returns the stage's number, 0 (not started) to 6 (converged).
   *
   * @return the level
   */
  public int level() {
    return level;
  }

  /**
   * Returns the stage's name for people.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the stage's motto, such as "organize for scale".
   *
   * @return the motto
   */
  public String motto() {
    return motto;
  }

  /**
   * Returns the next stage.
   *
   * @return the next stage, or this one when it is the last
   */
  public MaturityStage next() {
    return this == CONVERGED ? this : values()[ordinal() + 1];
  }
}
