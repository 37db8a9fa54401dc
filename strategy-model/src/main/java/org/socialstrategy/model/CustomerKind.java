package org.socialstrategy.model;

import java.util.List;

/**
 * Who receives the organization's products or services: a consumer in retail, a business buyer, a
 * citizen of a government agency, a member, a patient, an employee of an internal service.
 *
 * <p>An open catalog: {@link #of(String)} returns the well-known value for its key or an alias, in
 * any case and spacing, and a custom value for any other text.
 */
public final class CustomerKind extends CatalogValue {

  private static final Catalog<CustomerKind> CATALOG = new Catalog<>("customer kind");

  /** A consumer buying for themselves. */
  public static final CustomerKind CONSUMER = known("consumer", "Consumer", "b2c", "shopper");

  /** A business buying for its own use. */
  public static final CustomerKind BUSINESS =
      known("business", "Business buyer", "b2b", "business buyer");

  /** A citizen served by a government body. */
  public static final CustomerKind CITIZEN = known("citizen", "Citizen", "resident", "public");

  /** A member of an association, club or cooperative. */
  public static final CustomerKind MEMBER = known("member", "Member");

  /** A patient of a healthcare provider. */
  public static final CustomerKind PATIENT = known("patient", "Patient");

  /** An employee served by an internal function. */
  public static final CustomerKind EMPLOYEE = known("employee", "Employee", "staff");

  private CustomerKind(String key, String label, boolean wellKnown) {
    super(key, label, wellKnown);
  }

  private static CustomerKind known(String key, String label, String... aliases) {
    return CATALOG.add(new CustomerKind(key, label, true), aliases);
  }

  /**
   * Returns the well-known value the text names, or a custom value with the text as its label.
   *
   * @param text the value's name
   * @return the value
   * @throws IllegalArgumentException if the text is blank
   */
  public static CustomerKind of(String text) {
    String key = CATALOG.key(text);
    return CATALOG.find(key).orElseGet(() -> new CustomerKind(key, text.strip(), false));
  }

  /**
   * Returns the well-known values in catalog order.
   *
   * @return the well-known values
   */
  public static List<CustomerKind> wellKnown() {
    return CATALOG.values();
  }
}
