package org.socialstrategy.model;

/** Identifies a {@link Tactic} within a strategy. */
public final class TacticId extends Identifier implements RaciItem {

  private TacticId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   * @throws NullPointerException if {@code value} is null
   */
  public static TacticId of(String value) {
    return new TacticId(value);
  }

  @Override
  public String kind() {
    return "tactic";
  }
}
