package org.socialstrategy.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A technology platform (listening, publishing, community, CRM, analytics, ...). A platform is
 * justified only by the roadmap initiatives it enables; one that enables none is a shiny object.
 */
@Value.Immutable
public abstract class TechnologyPlatform {

  TechnologyPlatform() {}

  /**
   * Returns the platform's id.
   *
   * @return the id
   */
  public abstract PlatformId id();

  /**
   * Returns the platform's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns what the platform does.
   *
   * @return the category
   */
  public abstract PlatformCategory category();

  /**
   * Returns what the platform costs per year.
   *
   * @return the annual cost, if known
   */
  public abstract Optional<Money> annualCost();

  /**
   * Returns a longer description of the platform.
   *
   * @return the description, if given
   */
  public abstract Optional<String> description();

  /**
   * Returns data a tool attached under {@code x-} keys, carried unchanged through files.
   *
   * @return the extensions, in the order given
   */
  public abstract Map<String, ExtensionValue> extensions();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TechnologyPlatform}; {@code id}, {@code name} and {@code category} are
   * required.
   */
  public static final class Builder extends ImmutableTechnologyPlatform.Builder {
    Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id's text
     * @return this builder
     */
    public Builder id(String id) {
      return id(PlatformId.of(id));
    }
  }
}
