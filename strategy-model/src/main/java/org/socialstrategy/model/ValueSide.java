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
   * Returns a new builder.
   *
   * @param <V> the catalog of value kinds
   * @return a builder
   */
  public static <V extends CatalogValue> Builder<V> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link ValueSide}; every attribute is optional.
   *
   * @param <V> the catalog of value kinds
   */
  public static final class Builder<V extends CatalogValue> extends ImmutableValueSide.Builder<V> {
    Builder() {}
  }
}
