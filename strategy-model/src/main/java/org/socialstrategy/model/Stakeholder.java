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
   * Returns a builder holding this stakeholder's values, to change some of them and build another
   * stakeholder.
   *
   * @return a new builder, filled from this stakeholder
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Stakeholder}; the id and title are required. A method named after a list or a
   * map sets all of it, replacing what was there; a method whose name starts with {@code add} or
   * {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of("a stakeholder", "id", "an id", "title", "a title");

    private final ImmutableStakeholder.Builder values = new ImmutableStakeholder.Builder();
    private StakeholderId id;

    Builder() {}

    /**
     * Copies the values of a stakeholder into this builder: each single value replaces the
     * builder's, an empty optional value leaves the builder's as it is, and list elements and map
     * entries are added to the builder's.
     *
     * @param instance the stakeholder to copy
     * @return this builder
     */
    public Builder from(Stakeholder instance) {
      values.from(instance);
      id = instance.id();
      return this;
    }

    /**
     * Sets the stakeholder's id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(StakeholderId id) {
      values.id(id);
      this.id = id;
      return this;
    }

    /**
     * Sets the id from its text.
     *
     * @param id the id's text
     * @return this builder
     */
    public Builder id(String id) {
      return id(StakeholderId.of(id));
    }

    /**
     * Sets the stakeholder's title, such as "Chief Marketing Officer".
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      values.title(title);
      return this;
    }

    /**
     * Sets the part the stakeholder plays in the strategy.
     *
     * @param role the role
     * @return this builder
     */
    public Builder role(StakeholderRole role) {
      values.role(role);
      return this;
    }

    /**
     * Sets the part the stakeholder plays in the strategy; empty clears it.
     *
     * @param role the role, or empty for none
     * @return this builder
     */
    public Builder role(Optional<? extends StakeholderRole> role) {
      values.role(role);
      return this;
    }

    /**
     * Sets the business function the stakeholder belongs to.
     *
     * @param function the function
     * @return this builder
     */
    public Builder function(BusinessFunction function) {
      values.function(function);
      return this;
    }

    /**
     * Sets the business function the stakeholder belongs to; empty clears it.
     *
     * @param function the function, or empty for none
     * @return this builder
     */
    public Builder function(Optional<? extends BusinessFunction> function) {
      values.function(function);
      return this;
    }

    /**
     * Sets whether the stakeholder is a top executive; without it, false.
     *
     * @param executive true for an executive
     * @return this builder
     */
    public Builder executive(boolean executive) {
      values.executive(executive);
      return this;
    }

    /**
     * Sets how far the stakeholder stands behind the strategy; without it, {@link
     * ExecutiveAlignment#UNAWARE}.
     *
     * @param alignment the alignment
     * @return this builder
     */
    public Builder alignment(ExecutiveAlignment alignment) {
      values.alignment(alignment);
      return this;
    }

    /**
     * Attaches a tool's data under an {@code x-} key, replacing what the key held.
     *
     * @param key the key, which starts with {@code x-}
     * @param value the data
     * @return this builder
     */
    public Builder putExtension(String key, ExtensionValue value) {
      values.putExtension(key, value);
      return this;
    }

    /**
     * Attaches a tool's data given as a map entry, replacing what its key held.
     *
     * @param entry the key and the data
     * @return this builder
     */
    public Builder putExtension(Map.Entry<String, ? extends ExtensionValue> entry) {
      values.putExtension(entry);
      return this;
    }

    /**
     * Attaches a tool's data under each key of the map, replacing what those keys held.
     *
     * @param extensions the data by key
     * @return this builder
     */
    public Builder putAllExtensions(Map<String, ? extends ExtensionValue> extensions) {
      values.putAllExtensions(extensions);
      return this;
    }

    /**
     * Sets the tools' data to the map's, replacing all attached before.
     *
     * @param extensions the data by key
     * @return this builder
     */
    public Builder extensions(Map<String, ? extends ExtensionValue> extensions) {
      values.extensions(extensions);
      return this;
    }

    /**
     * Builds the stakeholder.
     *
     * @return the stakeholder
     * @throws MissingAttributesException if the id or the title is not set
     */
    public Stakeholder build() {
      return REQUIRED.build(values::build, id);
    }
  }
}
