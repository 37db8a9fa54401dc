package org.socialstrategy.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A value from an open catalog: a set of well-known values (Facebook, customer service, ...) that
 * users extend with their own, because new networks, functions and kinds of value appear every year
 * and an enum would close the set.
 *
 * <p>A value has a key, the normalized form used in files and for equality (lower case, words
 * joined by hyphens: {@code "customer-service"}), and a label for people ({@code "Customer
 * service"}). Parsing text finds the well-known value by key or by alias, whatever the case and
 * spacing; unknown text makes a custom value that keeps the text as its label.
 */
public abstract sealed class CatalogValue
    permits Channel,
        BusinessFunction,
        CustomerKind,
        PlatformCategory,
        CustomerValue,
        OrganizationValue,
        StakeholderRole {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");

  private final String key;
  private final String label;
  private final boolean wellKnown;

  CatalogValue(String key, String label, boolean wellKnown) {
    this.key = key;
    this.label = label;
    this.wellKnown = wellKnown;
  }

  /**
   * Returns the normalized key, used in files and for equality.
   *
   * @return the key, lower case with words joined by hyphens
   */
  public final String key() {
    return key;
  }

  /**
   * Returns the label shown to people.
   *
   * @return the label
   */
  public final String label() {
    return label;
  }

  /**
   * Tells whether this value is one of the catalog's well-known values rather than a custom one.
   *
   * @return true for a well-known value
   */
  public final boolean isWellKnown() {
    return wellKnown;
  }

  /**
   * Values are equal when they belong to the same catalog and have the same key.
   *
   * @param other the object to compare with
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && key.equals(((CatalogValue) other).key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** Returns the key. */
  @Override
  public final String toString() {
    return key;
  }

  /**
   * Turns text into a catalog key: trimmed, lower case, runs of spaces and underscores turned into
   * one hyphen.
   *
   * @param text the text to normalize
   * @param what the name of the catalog, for the message when the text is blank
   * @return the key
   * @throws IllegalArgumentException if the text is blank
   */
  static String normalize(String text, String what) {
    Objects.requireNonNull(text, what);
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return SEPARATORS.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll("-");
  }
}
