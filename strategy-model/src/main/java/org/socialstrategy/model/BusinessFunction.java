package org.socialstrategy.model;

import java.util.List;

/**
 * The part of the organization a goal belongs to and a tactic serves. Social reaches well beyond
 * marketing: sales, customer service, product innovation, talent acquisition and employee
 * engagement use it too, and a strategy whose tactics all sit in one function is still a silo.
 *
 * <p>An open catalog: {@link #of(String)} returns the well-known value for its key or an alias, in
 * any case and spacing, and a custom value for any other text.
 */
public final class BusinessFunction extends CatalogValue {

  private static final Catalog<BusinessFunction> CATALOG = new Catalog<>("business function");

  /** Marketing: brand, demand generation, campaigns. */
  public static final BusinessFunction MARKETING = known("marketing", "Marketing");

  /** Sales, including social selling and commerce. */
  public static final BusinessFunction SALES =
      known("sales", "Sales", "social selling", "commerce", "e-commerce");

  /** Customer service and support. */
  public static final BusinessFunction CUSTOMER_SERVICE =
      known(
          "customer-service",
          "Customer service and support",
          "support",
          "customer support",
          "customer care",
          "care",
          "service",
          "customer service and support");

  /** Product innovation and development. */
  public static final BusinessFunction PRODUCT_INNOVATION =
      known(
          "product-innovation",
          "Product innovation",
          "innovation",
          "product development",
          "research and development",
          "r&d");

  /** Market research and customer insight. */
  public static final BusinessFunction MARKET_RESEARCH =
      known("market-research", "Market research", "research", "insights", "customer insight");

  /** Human resources, including talent acquisition. */
  public static final BusinessFunction HUMAN_RESOURCES =
      known(
          "human-resources",
          "Human resources and talent acquisition",
          "hr",
          "talent acquisition",
          "recruiting",
          "recruitment");

  /** Employee engagement and internal collaboration. */
  public static final BusinessFunction EMPLOYEE_ENGAGEMENT =
      known(
          "employee-engagement",
          "Employee engagement",
          "employee satisfaction",
          "internal collaboration");

  /** Corporate communications and public relations. */
  public static final BusinessFunction COMMUNICATIONS =
      known(
          "communications", "Communications", "corporate communications", "pr", "public relations");

  /** Operations and logistics. */
  public static final BusinessFunction OPERATIONS = known("operations", "Operations");

  /** Finance. */
  public static final BusinessFunction FINANCE = known("finance", "Finance");

  /** Legal and compliance. */
  public static final BusinessFunction LEGAL = known("legal", "Legal and compliance", "compliance");

  /** Information technology. */
  public static final BusinessFunction INFORMATION_TECHNOLOGY =
      known("information-technology", "Information technology", "it");

  /** Delivery of public services to citizens. */
  public static final BusinessFunction PUBLIC_SERVICE =
      known("public-service", "Public service delivery", "citizen services", "public services");

  private BusinessFunction(String key, String label, boolean wellKnown) {
    super(key, label, wellKnown);
  }

  private static BusinessFunction known(String key, String label, String... aliases) {
    return CATALOG.add(new BusinessFunction(key, label, true), aliases);
  }

  /**
   * Returns the well-known value the text names, or a custom value with the text as its label.
   *
   * @param text the value's name
   * @return the value
   * @throws IllegalArgumentException if the text is blank
   */
  public static BusinessFunction of(String text) {
    String key = CATALOG.key(text);
    return CATALOG.find(key).orElseGet(() -> new BusinessFunction(key, text.strip(), false));
  }

  /**
   * Returns the well-known values in catalog order.
   *
   * @return the well-known values
   */
  public static List<BusinessFunction> wellKnown() {
    return CATALOG.values();
  }
}
