package org.socialstrategy.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A guideline or policy the hub owns: a social media policy, a disclosure rule, a crisis plan. */
@Value.Immutable
public abstract class Guideline {

  Guideline() {}

  /**
   * Returns the guideline's id.
   *
   * @return the id
   */
  public abstract GuidelineId id();

  /**
   * Returns the guideline's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns how binding the guideline is.
   *
   * @return the enforcement level; {@link Enforcement#RECOMMENDED} when not set
   */
  @Value.Default
  public Enforcement enforcement() {
    return Enforcement.RECOMMENDED;
  }

  /**
   * Returns what the guideline says, in short.
   *
   * @return the description, if given
   */
  public abstract Optional<String> description();

  /**
   * Returns a guideline.
   *
   * @param id the guideline's id
   * @param title the title
   * @param enforcement how binding it is
   * @return the guideline
   */
  public static Guideline of(String id, String title, Enforcement enforcement) {
    return builder().id(GuidelineId.of(id)).title(title).enforcement(enforcement).build();
  }

  /**
   * Returns a builder holding this guideline's values, to change some of them and build another
   * guideline.
   *
   * @return a new builder, filled from this guideline
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
   * Builds a {@link Guideline}; the id and title are required. A method named after a list or a map
   * sets all of it, replacing what was there; a method whose name starts with {@code add} or {@code
   * put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of("a guideline", "id", "an id", "title", "a title");

    private final ImmutableGuideline.Builder values = new ImmutableGuideline.Builder();
    private GuidelineId id;

    Builder() {}

    /**
     * Copies the values of a guideline into this builder: each single value replaces the builder's,
     * an empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the guideline to copy
     * @return this builder
     */
    public Builder from(Guideline instance) {
      values.from(instance);
      id = instance.id();
      return this;
    }

    /**
     * Sets the guideline's id.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(GuidelineId id) {
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
      return id(GuidelineId.of(id));
    }

    /**
     * Sets the guideline's title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      values.title(title);
      return this;
    }

    /**
     * Sets how binding the guideline is; without it, {@link Enforcement#RECOMMENDED}.
     *
     * @param enforcement the enforcement level
     * @return this builder
     */
    public Builder enforcement(Enforcement enforcement) {
      values.enforcement(enforcement);
      return this;
    }

    /**
     * Sets what the guideline says, in short.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      values.description(description);
      return this;
    }

    /**
     * Sets what the guideline says, in short; empty clears it.
     *
     * @param description the description, or empty for none
     * @return this builder
     */
    public Builder description(Optional<String> description) {
      values.description(description);
      return this;
    }

    /**
     * Builds the guideline.
     *
     * @return the guideline
     * @throws MissingAttributesException if the id or the title is not set
     */
    public Guideline build() {
      return REQUIRED.build(values::build, id);
    }
  }
}
