package org.socialstrategy.model;

import java.util.Optional;
import org.immutables.value.Value;

/** The organization whose strategy it is, and the kind of customer it serves. */
@Value.Immutable
public abstract class Organization {

  Organization() {}

  /**
   * Returns the organization's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the sector the organization works in, such as retail or government.
   *
   * @return the sector, if given
   */
  public abstract Optional<String> sector();

  /**
   * Returns who receives the organization's products or services.
   *
   * @return the kind of customer
   */
  public abstract CustomerKind customerKind();

  /**
   * Returns an organization with a name and a kind of customer.
   *
   * @param name the organization's name
   * @param customerKind who it serves
   * @return the organization
   */
  public static Organization of(String name, CustomerKind customerKind) {
    return builder().name(name).customerKind(customerKind).build();
  }

  /**
   * Returns a builder holding this organization's values, to change some of them and build another
   * organization.
   *
   * @return a new builder, filled from this organization
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
   * Builds an {@link Organization}; the name and kind of customer are required. A method named
   * after a list or a map sets all of it, replacing what was there; a method whose name starts with
   * {@code add} or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of(
            "an organization", "name", "a name", "customerKind", "a kind of customer");

    private final ImmutableOrganization.Builder values = new ImmutableOrganization.Builder();

    Builder() {}

    /**
     * Copies the values of an organization into this builder: each single value replaces the
     * builder's, an empty optional value leaves the builder's as it is, and list elements and map
     * entries are added to the builder's.
     *
     * @param instance the organization to copy
     * @return this builder
     */
    public Builder from(Organization instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the organization's name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      values.name(name);
      return this;
    }

    /**
     * Sets the sector the organization works in, such as retail or government.
     *
     * @param sector the sector
     * @return this builder
     */
    public Builder sector(String sector) {
      values.sector(sector);
      return this;
    }

    /**
     * Sets the sector the organization works in, such as retail or government; empty clears it.
     *
     * @param sector the sector, or empty for none
     * @return this builder
     */
    public Builder sector(Optional<String> sector) {
      values.sector(sector);
      return this;
    }

    /**
     * Sets who receives the organization's products or services.
     *
     * @param customerKind the kind of customer
     * @return this builder
     */
    public Builder customerKind(CustomerKind customerKind) {
      values.customerKind(customerKind);
      return this;
    }

    /**
     * Builds the organization.
     *
     * @return the organization
     * @throws MissingAttributesException if the name or the kind of customer is not set
     */
    public Organization build() {
      return REQUIRED.build(values::build);
    }
  }
}
