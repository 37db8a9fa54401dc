package org.socialstrategy.model;

import java.util.List;

/**
 * A kind of value the customer receives from a tactic: the customer's side of the value exchange. A
 * relationship lasts only while the customer takes something meaningful from it.
 *
 * <p>An open catalog: {@link #of(String)} returns the well-known value for its key or an alias, in
 * any case and spacing, and a custom value for any other text.
 */
public final class CustomerValue extends CatalogValue {

  private static final Catalog<CustomerValue> CATALOG = new Catalog<>("customer value");

  /** Money saved: discounts, offers, better prices. */
  public static final CustomerValue SAVINGS =
      known("savings", "Savings", "discount", "discounts", "offers", "price");

  /** Time or effort saved. */
  public static final CustomerValue CONVENIENCE =
      known("convenience", "Convenience", "time saved", "ease");

  /** Useful information, education or advice. */
  public static final CustomerValue INFORMATION =
      known("information", "Information", "education", "knowledge", "advice");

  /** A say in what the organization does. */
  public static final CustomerValue VOICE = known("voice", "Voice", "influence", "be heard");

  /** Recognition and status among peers. */
  public static final CustomerValue RECOGNITION = known("recognition", "Recognition", "status");

  /** Offers and service fitted to the person. */
  public static final CustomerValue PERSONALIZATION =
      known("personalization", "Personalization", "personalisation");

  /** Fun and entertainment. */
  public static final CustomerValue ENTERTAINMENT = known("entertainment", "Entertainment", "fun");

  /** Help solving a problem. */
  public static final CustomerValue SUPPORT = known("support", "Support", "help", "service");

  /** Exclusive or early access. */
  public static final CustomerValue ACCESS =
      known("access", "Access", "exclusive access", "early access");

  /** Belonging and connection with peers. */
  public static final CustomerValue COMMUNITY =
      known("community", "Community", "belonging", "connection");

  private CustomerValue(String key, String label, boolean wellKnown) {
    super(key, label, wellKnown);
  }

  private static CustomerValue known(String key, String label, String... aliases) {
    return CATALOG.add(new CustomerValue(key, label, true), aliases);
  }

  /**
   * Returns the well-known value the text names, or a custom value with the text as its label.
   *
   * @param text the value's name
   * @return the value
   * @throws IllegalArgumentException if the text is blank
   */
  public static CustomerValue of(String text) {
    String key = CATALOG.key(text);
    return CATALOG.find(key).orElseGet(() -> new CustomerValue(key, text.strip(), false));
  }

  /**
   * Returns the well-known values in catalog order.
   *
   * @return the well-known values
   */
  public static List<CustomerValue> wellKnown() {
    return CATALOG.values();
  }
}
