package org.socialstrategy.model;

/** Identifies a governance {@link Guideline} within a strategy. */
public final class GuidelineId extends Identifier {

  private GuidelineId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   * @throws NullPointerException if {@code value} is null
   */
  public static GuidelineId of(String value) {
    return new GuidelineId(value);
  }

  @Override
  public String kind() {
    return "guideline";
  }
}
