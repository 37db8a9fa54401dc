package org.socialstrategy.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One side of a value exchange: the kinds of value that party gets, described and optionally
 * quantified. A side is empty when it names no kind of value.
 *
 * @param <V> the catalog of value kinds: {@link CustomerValue} or {@link OrganizationValue}
 */
@Value.Immutable
public abstract class ValueSide<V extends CatalogValue> {

  ValueSide() {}

  /**
   * Returns the kinds of value this side gets, in the order given.
   *
   * @return the kinds of value
   */
  public abstract Set<V> kinds();

  /**
   * Returns what this side gets, in words.
   *
   * @return the description, if given
   */
  public abstract Optional<String> description();

  /**
   * Returns how much this side gets.
   *
   * @return the quantity, if given
   */
  public abstract Optional<Quantity> quantity();

  /**
   * Tells whether this side names no kind of value.
   *
   * @return true when {@link #kinds()} is empty
   */
  public final boolean isEmpty() {
    return kinds().isEmpty();
  }

  /**
   * Returns a side that gets nothing.
   *
   * @param <V> the catalog of value kinds
   * @return an empty side
   */
  public static <V extends CatalogValue> ValueSide<V> none() {
    return ValueSide.<V>builder().build();
  }

  /**
   * Returns a side that gets the given kinds of value.
   *
   * @param kinds the kinds of value
   * @param <V> the catalog of value kinds
   * @return the side
   */
  @SafeVarargs
  @SuppressWarnings("varargs")
  public static <V extends CatalogValue> ValueSide<V> of(V... kinds) {
    return ValueSide.<V>builder().addAllKinds(Arrays.asList(kinds)).build();
  }

  /**
   * Returns a builder holding this side's values, to change some of them and build another side.
   *
   * @return a new builder, filled from this side
   */
  public final Builder<V> toBuilder() {
    return ValueSide.<V>builder().from(this);
  }

  /**
   * Returns a new builder.
   *
   * @param <V> the catalog of value kinds
   * @return a builder
   */
  public static <V extends CatalogValue> Builder<V> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link ValueSide}; every value is optional. A method named after a list or a map sets
   * all of it, replacing what was there; a method whose name starts with {@code add} or {@code put}
   * adds to it. Not thread-safe.
   *
   * @param <V> the catalog of value kinds
   */
  public static final class Builder<V extends CatalogValue> {
    private static final RequiredAttributes REQUIRED = RequiredAttributes.of("a value side");

    private final ImmutableValueSide.Builder<V> values = new ImmutableValueSide.Builder<>();

    Builder() {}

    /**
     * Copies the values of a side into this builder: each single value replaces the builder's, an
     * empty optional value leaves the builder's as it is, and list elements and map entries are
     * added to the builder's.
     *
     * @param instance the side to copy
     * @return this builder
     */
    public Builder<V> from(ValueSide<V> instance) {
      values.from(instance);
      return this;
    }

    /**
     * Adds a kind of value this side gets.
     *
     * @param kind the kind of value
     * @return this builder
     */
    public Builder<V> addKind(V kind) {
      values.addKind(kind);
      return this;
    }

    /**
     * Adds kinds of value this side gets, in order.
     *
     * @param kinds the kinds of value
     * @return this builder
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final Builder<V> addKinds(V... kinds) {
      values.addAllKinds(Arrays.asList(kinds));
      return this;
    }

    /**
     * Adds kinds of value this side gets, in order.
     *
     * @param kinds the kinds of value
     * @return this builder
     */
    public Builder<V> addAllKinds(Iterable<? extends V> kinds) {
      values.addAllKinds(kinds);
      return this;
    }

    /**
     * Sets the kinds of value this side gets, replacing any set or added before.
     *
     * @param kinds the kinds of value
     * @return this builder
     */
    public Builder<V> kinds(Iterable<? extends V> kinds) {
      values.kinds(kinds);
      return this;
    }

    /**
     * Sets what this side gets, in words.
     *
     * @param description the description
     * @return this builder
     */
    public Builder<V> description(String description) {
      values.description(description);
      return this;
    }

    /**
     * Sets what this side gets, in words; empty clears it.
     *
     * @param description the description, or empty for none
     * @return this builder
     */
    public Builder<V> description(Optional<String> description) {
      values.description(description);
      return this;
    }

    /**
     * Sets how much this side gets.
     *
     * @param quantity the quantity
     * @return this builder
     */
    public Builder<V> quantity(Quantity quantity) {
      values.quantity(quantity);
      return this;
    }

    /**
     * Sets how much this side gets; empty clears it.
     *
     * @param quantity the quantity, or empty for none
     * @return this builder
     */
    public Builder<V> quantity(Optional<? extends Quantity> quantity) {
      values.quantity(quantity);
      return this;
    }

    /**
     * Builds the side.
     *
     * @return the side
     */
    public ValueSide<V> build() {
      return REQUIRED.build(values::build);
    }
  }
}
