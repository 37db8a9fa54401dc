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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vision}; {@code statement} and {@code horizon} are required. */
  public static final class Builder extends ImmutableVision.Builder {
    Builder() {}
  }
}
