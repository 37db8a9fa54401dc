package org.socialstrategy.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or group with a stake in the strategy: an executive, a department head, the hub's lead,
 * a practitioner, an agency. Executives' support is a success factor, so each stakeholder records
 * how aligned they are.
 */
@Value.Immutable
public abstract class Stakeholder {

  Stakeholder() {}

  /**
   * Returns the stakeholder's id.
   *
   * @return the id
   */
  public abstract StakeholderId id();

  /**
   * Returns the stakeholder's title, e.g. "Chief Marketing Officer".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the part the stakeholder plays in the strategy.
   *
   * @return the role, if given
   */
  public abstract Optional<StakeholderRole> role();

  /**
   * Returns the business function the stakeholder belongs to.
   *
   * @return the function, if given
   */
  public abstract Optional<BusinessFunction> function();

  /**
   * Tells whether the stakeholder is a top executive.
   *
   * @return true for an executive; false when not set
   */
  @Value.Default
  public boolean executive() {
    return false;
  }

  /**
   * Returns how far the stakeholder stands behind the strategy.
   *
   * @return the alignment; {@link ExecutiveAlignment#UNAWARE} when not set
   */
  @Value.Default
  public ExecutiveAlignment alignment() {
    return ExecutiveAlignment.UNAWARE;
  }

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

  /** Builds a {@link Stakeholder}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableStakeholder.Builder {
    Builder() {}

    /**
     * Sets the id from its text.
     *
     * @param id the id's text
     * @return this builder
     */
    public Builder id(String id) {
      return id(StakeholderId.of(id));
    }
  }
}
