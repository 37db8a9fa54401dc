package org.socialstrategy.model;

/** Identifies a roadmap {@link Initiative} within a strategy. */
public final class InitiativeId extends Identifier implements RaciItem {

  private InitiativeId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   * @throws NullPointerException if {@code value} is null
   */
  public static InitiativeId of(String value) {
    return new InitiativeId(value);
  }

  @Override
  public String kind() {
    return "initiative";
  }
}
