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
   * Returns a builder holding this platform's values, to change some of them and build another
   * platform.
   *
   * @return a new builder, filled from this platform
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
   * Builds a {@link TechnologyPlatform}; the id, name and category are required. A method named
   * after a list or a map sets all of it, replacing what was there; a method whose name starts with
   * {@code add} or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of(
            "a platform", "id", "an id", "name", "a name", "category", "a category");

    private final ImmutableTechnologyPlatform.Builder values =
        new ImmutableTechnologyPlatform.Builder();
    private PlatformId id;

    Builder() {}

    /**
     * Copies the values of a platform into this builder: each single value replaces the builder's,
     * an empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the platform to copy
     * @return this builder
     */
    public Builder from(TechnologyPlatform instance) {
      values.from(instance);
      id = instance.id();
      return this;
    }

    /**
     * Sets the platform's id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(PlatformId id) {
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
      return id(PlatformId.of(id));
    }

    /**
     * Sets the platform's name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      values.name(name);
      return this;
    }

    /**
     * Sets what the platform does.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(PlatformCategory category) {
      values.category(category);
      return this;
    }

    /**
     * Sets what the platform costs per year.
     *
     * @param annualCost the annual cost
     * @return this builder
     */
    public Builder annualCost(Money annualCost) {
      values.annualCost(annualCost);
      return this;
    }

    /**
     * Sets what the platform costs per year; empty clears it.
     *
     * @param annualCost the annual cost, or empty for none
     * @return this builder
     */
    public Builder annualCost(Optional<? extends Money> annualCost) {
      values.annualCost(annualCost);
      return this;
    }

    /**
     * Sets a longer description of the platform.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      values.description(description);
      return this;
    }

    /**
     * Sets a longer description of the platform; empty clears it.
     *
     * @param description the description, or empty for none
     * @return this builder
     */
    public Builder description(Optional<String> description) {
      values.description(description);
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
     * Builds the platform.
     *
     * @return the platform
     * @throws MissingAttributesException if the id, the name or the category is not set
     */
    public TechnologyPlatform build() {
      return REQUIRED.build(values::build, id);
    }
  }
}
