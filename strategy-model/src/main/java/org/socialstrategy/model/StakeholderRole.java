package org.socialstrategy.model;

import java.util.List;

/**
 * The part a stakeholder plays in the strategy: an executive, a department head, the lead of the
 * hub, a practitioner, an agency.
 *
 * <p>An open catalog: {@link #of(String)} returns the well-known value for its key or an alias, in
 * any case and spacing, and a custom value for any other text.
 */
public final class StakeholderRole extends CatalogValue {

  private static final Catalog<StakeholderRole> CATALOG = new Catalog<>("stakeholder role");

  /** A member of the C-suite. */
  public static final StakeholderRole EXECUTIVE =
      known("executive", "Executive", "c-level", "c-suite");

  /** The head of a department or line of business. */
  public static final StakeholderRole DEPARTMENT_HEAD =
      known(
          "department-head", "Department head", "business unit leader", "line of business leader");

  /** The lead of the hub or center of excellence. */
  public static final StakeholderRole HUB_LEAD =
      known("hub-lead", "Hub lead", "coe lead", "head of social", "social strategist");

  /** Someone who runs tactics day to day. */
  public static final StakeholderRole PRACTITIONER =
      known("practitioner", "Practitioner", "community manager", "social media manager");

  /** An outside agency or partner. */
  public static final StakeholderRole AGENCY = known("agency", "Agency", "partner");

  /** An employee taking part, for instance as an advocate. */
  public static final StakeholderRole EMPLOYEE = known("employee", "Employee", "staff");

  private StakeholderRole(String key, String label, boolean wellKnown) {
    super(key, label, wellKnown);
  }

  private static StakeholderRole known(String key, String label, String... aliases) {
    return CATALOG.add(new StakeholderRole(key, label, true), aliases);
  }

  /**
   * Returns the well-known value the text names, or a custom value with the text as its label.
   *
   * @param text the value's name
   * @return the value
   * @throws IllegalArgumentException if the text is blank
   */
  public static StakeholderRole of(String text) {
    String key = CATALOG.key(text);
    return CATALOG.find(key).orElseGet(() -> new StakeholderRole(key, text.strip(), false));
  }

  /**
   * Returns the well-known values in catalog order.
   *
   * @return the well-known values
   */
  public static List<StakeholderRole> wellKnown() {
    return CATALOG.values();
  }
}
