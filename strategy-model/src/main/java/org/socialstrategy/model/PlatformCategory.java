package org.socialstrategy.model;

import java.util.List;

/**
 * What a technology platform does for the strategy: listening, publishing, community, CRM,
 * analytics and so on.
 *
 * <p>An open catalog: {@link #of(String)} returns the well-known value for its key or an alias, in
 * any case and spacing, and a custom value for any other text.
 */
public final class PlatformCategory extends CatalogValue {

  private static final Catalog<PlatformCategory> CATALOG = new Catalog<>("platform category");

  /** Social listening and monitoring. */
  public static final PlatformCategory LISTENING =
      known("listening", "Social listening", "social listening", "monitoring");

  /** Publishing and scheduling content. */
  public static final PlatformCategory PUBLISHING =
      known("publishing", "Publishing", "social publishing", "content management");

  /** Hosting an online community. */
  public static final PlatformCategory COMMUNITY =
      known("community", "Community", "community platform", "forum");

  /** Customer relationship management. */
  public static final PlatformCategory CRM =
      known(
          "crm",
          "Customer relationship management",
          "customer relationship management",
          "social crm");

  /** Measurement and analytics. */
  public static final PlatformCategory ANALYTICS =
      known("analytics", "Analytics", "measurement", "reporting");

  /** Paid social and advertising. */
  public static final PlatformCategory ADVERTISING =
      known("advertising", "Advertising", "ads", "paid social");

  /** Internal collaboration and enterprise social networking. */
  public static final PlatformCategory COLLABORATION =
      known("collaboration", "Collaboration", "enterprise social", "intranet");

  /** Social and online commerce. */
  public static final PlatformCategory COMMERCE =
      known("commerce", "Commerce", "social commerce", "e-commerce");

  /** Customer service and case handling. */
  public static final PlatformCategory CUSTOMER_SERVICE =
      known("customer-service", "Customer service", "customer care", "helpdesk", "help desk");

  /** Employee advocacy programs. */
  public static final PlatformCategory EMPLOYEE_ADVOCACY =
      known("employee-advocacy", "Employee advocacy", "advocacy");

  private PlatformCategory(String key, String label, boolean wellKnown) {
    super(key, label, wellKnown);
  }

  private static PlatformCategory known(String key, String label, String... aliases) {
    return CATALOG.add(new PlatformCategory(key, label, true), aliases);
  }

  /**
   * Returns the well-known value the text names, or a custom value with the text as its label.
   *
   * @param text the value's name
   * @return the value
   * @throws IllegalArgumentException if the text is blank
   */
  public static PlatformCategory of(String text) {
    String key = CATALOG.key(text);
    return CATALOG.find(key).orElseGet(() -> new PlatformCategory(key, text.strip(), false));
  }

  /**
   * Returns the well-known values in catalog order.
   *
   * @return the well-known values
   */
  public static List<PlatformCategory> wellKnown() {
    return CATALOG.values();
  }
}
