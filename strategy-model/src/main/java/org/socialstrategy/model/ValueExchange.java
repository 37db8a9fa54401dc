package org.socialstrategy.model;

import org.immutables.value.Value;

/**
 * The dual ownership of the customer relationship, made explicit for one tactic: what the customer
 * receives (savings, convenience, information, voice, ...) and what the organization captures
 * (revenue, cost savings, insight, loyalty, ...). Both sides own the relationship and it is always
 * a compromise; an exchange where one side gets nothing is a warning sign.
 */
@Value.Immutable
public abstract class ValueExchange {

  private static final ValueExchange NONE = builder().build();

  ValueExchange() {}

  /**
   * Returns what the customer receives.
   *
   * @return the customer's side
   */
  @Value.Default
  public ValueSide<CustomerValue> customer() {
    return ValueSide.none();
  }

  /**
   * Returns what the organization captures.
   *
   * @return the organization's side
   */
  @Value.Default
  public ValueSide<OrganizationValue> organization() {
    return ValueSide.none();
  }

  /**
   * Tells whether the customer receives nothing in this exchange.
   *
   * @return true when the customer's side is empty
   */
  public final boolean customerReceivesNothing() {
    return customer().isEmpty();
  }

  /**
   * Tells whether the organization captures nothing in this exchange.
   *
   * @return true when the organization's side is empty
   */
  public final boolean organizationCapturesNothing() {
    return organization().isEmpty();
  }

  /**
   * Tells whether at least one side gets nothing: the exchange is not a relationship both own.
   *
   * @return true unless both sides name some value
   */
  public final boolean isOneSided() {
    return customerReceivesNothing() || organizationCapturesNothing();
  }

  /**
   * Returns the exchange where neither side gets anything, the default of a tactic.
   *
   * @return the empty exchange
   */
  public static ValueExchange none() {
    return NONE;
  }

  /**
   * Returns an exchange of one kind of value each way.
   *
   * @param customer what the customer receives
   * @param organization what the organization captures
   * @return the exchange
   */
  public static ValueExchange of(CustomerValue customer, OrganizationValue organization) {
    return of(ValueSide.of(customer), ValueSide.of(organization));
  }

  /**
   * Returns an exchange of the given sides.
   *
   * @param customer what the customer receives
   * @param organization what the organization captures
   * @return the exchange
   */
  public static ValueExchange of(
      ValueSide<CustomerValue> customer, ValueSide<OrganizationValue> organization) {
    return builder().customer(customer).organization(organization).build();
  }

  /**
   * Returns a builder holding this value exchange's values, to change some of them and build
   * another value exchange.
   *
   * @return a new builder, filled from this value exchange
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
   * Builds a {@link ValueExchange}; a side left unset receives nothing. A method named after a list
   * or a map sets all of it, replacing what was there; a method whose name starts with {@code add}
   * or {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED = RequiredAttributes.of("a value exchange");

    private final ImmutableValueExchange.Builder values = new ImmutableValueExchange.Builder();

    Builder() {}

    /**
     * Copies the values of a value exchange into this builder: each single value replaces the
     * builder's, an empty optional value leaves the builder's as it is, and list elements and map
     * entries are added to the builder's.
     *
     * @param instance the value exchange to copy
     * @return this builder
     */
    public Builder from(ValueExchange instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets what the customer receives.
     *
     * @param customer the customer's side
     * @return this builder
     */
    public Builder customer(ValueSide<CustomerValue> customer) {
      values.customer(customer);
      return this;
    }

    /**
     * Sets what the organization captures.
     *
     * @param organization the organization's side
     * @return this builder
     */
    public Builder organization(ValueSide<OrganizationValue> organization) {
      values.organization(organization);
      return this;
    }

    /**
     * Builds the value exchange.
     *
     * @return the value exchange
     */
    public ValueExchange build() {
      return REQUIRED.build(values::build);
    }
  }
}
