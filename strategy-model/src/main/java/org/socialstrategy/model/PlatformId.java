package org.socialstrategy.model;

/** Identifies a {@link TechnologyPlatform} within a strategy. */
public final class PlatformId extends Identifier {

  private PlatformId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   * @throws NullPointerException if {@code value} is null
   */
  public static PlatformId of(String value) {
    return new PlatformId(value);
  }

  @Override
  public String kind() {
    return "platform";
  }
}
