package org.socialstrategy.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value a tool builder attaches to a strategy element under an {@code x-} key: a small, exact
 * JSON-like tree (text, decimal, boolean, null, list, object) that strategy files carry through a
 * read and a write unchanged, decimal digits and key order included.
 */
public sealed interface ExtensionValue {

  /**
   * Returns a text value.
   *
   * @param value the text
   * @return the value
   */
  static ExtensionValue text(String value) {
    return new Text(value);
  }

  /**
   * Returns an exact number.
   *
   * @param value the number
   * @return the value
   */
  static ExtensionValue decimal(BigDecimal value) {
    return new Decimal(value);
  }

  /**
   * Returns a boolean value.
   *
   * @param value the boolean
   * @return the value
   */
  static ExtensionValue bool(boolean value) {
    return new Bool(value);
  }

  /**
   * Returns the null value.
   *
   * @return the null value
   */
  static ExtensionValue nullValue() {
    return Null.INSTANCE;
  }

  /**
   * Returns a list of values.
   *
   * @param values the values, in order
   * @return the value
   */
  static ExtensionValue list(List<? extends ExtensionValue> values) {
    return new Array(List.copyOf(values));
  }

  /**
   * Returns an object of named values, keeping the order of the names.
   *
   * @param fields the named values
   * @return the value
   */
  static ExtensionValue object(Map<String, ? extends ExtensionValue> fields) {
    return new Fields(new LinkedHashMap<>(fields));
  }

  /**
   * A text value.
   *
   * @param value the text
   */
  record Text(String value) implements ExtensionValue {
    /**
     * Rejects null.
     *
     * @param value the text
     */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * An exact number, scale kept.
   *
   * @param value the number
   */
  record Decimal(BigDecimal value) implements ExtensionValue {
    /**
     * Rejects null.
     *
     * @param value the number
     */
    public Decimal {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A boolean value.
   *
   * @param value the boolean
   */
  record Bool(boolean value) implements ExtensionValue {}

  /** The null value. */
  enum Null implements ExtensionValue {
    /** The only null value. */
    INSTANCE
  }

  /**
   * A list of values.
   *
   * @param values the values, unmodifiable
   */
  record Array(List<ExtensionValue> values) implements ExtensionValue {
    /**
     * Copies the values into an unmodifiable list.
     *
     * @param values the values, unmodifiable
     */
    public Array {
      values = List.copyOf(values);
    }
  }

  /**
   * An object: named values in order.
   *
   * @param fields the named values, unmodifiable, in order
   */
  record Fields(Map<String, ExtensionValue> fields) implements ExtensionValue {
    /**
     * Copies the fields into an unmodifiable map that keeps their order; rejects nulls.
     *
     * @param fields the named values, unmodifiable, in order
     */
    public Fields {
      fields.forEach(
          (name, value) -> {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
          });
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }
}
