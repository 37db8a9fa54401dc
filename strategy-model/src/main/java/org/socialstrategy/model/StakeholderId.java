package org.socialstrategy.model;

/** Identifies a {@link Stakeholder} within a strategy. */
public final class StakeholderId extends Identifier {

  private StakeholderId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   * @throws NullPointerException if {@code value} is null
   */
  public static StakeholderId of(String value) {
    return new StakeholderId(value);
  }

  @Override
  public String kind() {
    return "stakeholder";
  }
}
