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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organization}; {@code name} and {@code customerKind} are required. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
