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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValueExchange}; a side left unset receives nothing. */
  public static final class Builder extends ImmutableValueExchange.Builder {
    Builder() {}
  }
}
