package org.socialstrategy.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The long-term statement of what becoming a social business means for the organization's
 * stakeholders and its customers, with the horizon it looks out to (about three years or more).
 */
@Value.Immutable
public abstract class Vision {

  Vision() {}

  /**
   * Returns the vision statement.
   *
   * @return the statement
   */
  public abstract String statement();

  /**
   * Returns the period the vision covers.
   *
   * @return the horizon
   */
  public abstract DateRange horizon();

  /**
   * Returns the value the vision promises inside the organization, to employees and stakeholders.
   *
   * @return the internal value, if stated
   */
  public abstract Optional<String> internalValue();

  /**
   * Returns the value the vision promises to customers.
   *
   * @return the customer value, if stated
   */
  public abstract Optional<String> customerValue();

  /**
   * Returns a vision with a statement and a horizon.
   *
   * @param statement the vision statement
   * @param start the first day of the horizon
   * @param end the last day of the horizon
   * @return the vision
   */
  public static Vision of(String statement, LocalDate start, LocalDate end) {
    return builder().statement(statement).horizon(DateRange.of(start, end)).build();
  }

  /**
   * Returns a builder holding this vision's values, to change some of them and build another
   * vision.
   *
   * @return a new builder, filled from this vision
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
   * Builds a {@link Vision}; the statement and horizon are required. A method named after a list or
   * a map sets all of it, replacing what was there; a method whose name starts with {@code add} or
   * {@code put} adds to it. Not thread-safe.
   */
  public static final class Builder {
    private static final RequiredAttributes REQUIRED =
        RequiredAttributes.of("a vision", "statement", "a statement", "horizon", "a horizon");

    private final ImmutableVision.Builder values = new ImmutableVision.Builder();

    Builder() {}

    /**
     * Copies the values of a vision into this builder: each single value replaces the builder's, an
     * empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the vision to copy
     * @return this builder
     */
    public Builder from(Vision instance) {
      values.from(instance);
      return this;
    }

    /**
     * Sets the vision statement.
     *
     * @param statement the statement
     * @return this builder
     */
    public Builder statement(String statement) {
      values.statement(statement);
      return this;
    }

    /**
     * Sets the period the vision covers.
     *
     * @param horizon the horizon
     * @return this builder
     */
    public Builder horizon(DateRange horizon) {
      values.horizon(horizon);
      return this;
    }

    /**
     * Sets the value the vision promises inside the organization, to employees and stakeholders.
     *
     * @param internalValue the internal value
     * @return this builder
     */
    public Builder internalValue(String internalValue) {
      values.internalValue(internalValue);
      return this;
    }

    /**
     * Sets the value the vision promises inside the organization, to employees and stakeholders;
     * empty clears it.
     *
     * @param internalValue the internal value, or empty for none
     * @return this builder
     */
    public Builder internalValue(Optional<String> internalValue) {
      values.internalValue(internalValue);
      return this;
    }

    /**
     * Sets the value the vision promises to customers.
     *
     * @param customerValue the customer value
     * @return this builder
     */
    public Builder customerValue(String customerValue) {
      values.customerValue(customerValue);
      return this;
    }

    /**
     * Sets the value the vision promises to customers; empty clears it.
     *
     * @param customerValue the customer value, or empty for none
     * @return this builder
     */
    public Builder customerValue(Optional<String> customerValue) {
      values.customerValue(customerValue);
      return this;
    }

    /**
     * Builds the vision.
     *
     * @return the vision
     * @throws MissingAttributesException if the statement or the horizon is not set
     */
    public Vision build() {
      return REQUIRED.build(values::build);
    }
  }
}
