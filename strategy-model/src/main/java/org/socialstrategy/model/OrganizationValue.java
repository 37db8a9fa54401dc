package org.socialstrategy.model;

import java.util.List;

/**
 * A kind of value the organization captures from a tactic: the organization's side of the value
 * exchange, in business terms.
 *
 * <p>An open catalog: {@link #of(String)} returns the well-known value for its key or an alias, in
 * any case and spacing, and a custom value for any other text.
 */
public final class OrganizationValue extends CatalogValue {

  private static final Catalog<OrganizationValue> CATALOG = new Catalog<>("organization value");

  /** Revenue: new, repeat or larger orders. */
  public static final OrganizationValue REVENUE = known("revenue", "Revenue", "sales", "orders");

  /** Lower cost, for instance cost to serve. */
  public static final OrganizationValue COST_SAVINGS =
      known("cost-savings", "Cost savings", "savings", "cost reduction", "lower cost to serve");

  /** Ideas and knowledge about customers and products. */
  public static final OrganizationValue INSIGHT =
      known("insight", "Insight", "ideas", "feedback", "market insight");

  /** Retention and repeat business. */
  public static final OrganizationValue LOYALTY = known("loyalty", "Loyalty", "retention");

  /** New customers or qualified leads. */
  public static final OrganizationValue ACQUISITION =
      known(
          "acquisition", "Customer acquisition", "new customers", "leads", "customer acquisition");

  /** Referrals and word of mouth. */
  public static final OrganizationValue ADVOCACY =
      known("advocacy", "Advocacy", "referrals", "word of mouth");

  /** Candidates hired, time to hire cut. */
  public static final OrganizationValue TALENT = known("talent", "Talent", "hiring", "recruitment");

  /** Employees getting more done. */
  public static final OrganizationValue PRODUCTIVITY =
      known("productivity", "Productivity", "efficiency");

  /** Trust in the organization. */
  public static final OrganizationValue REPUTATION = known("reputation", "Reputation", "trust");

  private OrganizationValue(String key, String label, boolean wellKnown) {
    super(key, label, wellKnown);
  }

  private static OrganizationValue known(String key, String label, String... aliases) {
    return CATALOG.add(new OrganizationValue(key, label, true), aliases);
  }

  /**
   * Returns the well-known value the text names, or a custom value with the text as its label.
   *
   * @param text the value's name
   * @return the value
   * @throws IllegalArgumentException if the text is blank
   */
  public static OrganizationValue of(String text) {
    String key = CATALOG.key(text);
    return CATALOG.find(key).orElseGet(() -> new OrganizationValue(key, text.strip(), false));
  }

  /**
   * Returns the well-known values in catalog order.
   *
   * @return the well-known values
   */
  public static List<OrganizationValue> wellKnown() {
    return CATALOG.values();
  }
}
