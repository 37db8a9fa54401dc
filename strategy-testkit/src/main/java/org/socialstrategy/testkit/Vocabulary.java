package org.socialstrategy.testkit;

import java.util.List;
import java.util.Map;
import org.socialstrategy.model.Aggregation;
import org.socialstrategy.model.BusinessFunction;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.CustomerKind;
import org.socialstrategy.model.CustomerValue;
import org.socialstrategy.model.OrganizationValue;
import org.socialstrategy.model.PlatformCategory;

/** The realistic names a generated strategy is made of. */
final class Vocabulary {

  private Vocabulary() {}

  record OrganizationName(String name, String sector, CustomerKind customers, String vision) {}

  /**
   * A business metric: id, name, unit, and the value of one unit in whole currency units, or null
   * when a unit has no direct money value.
   */
  record MetricName(
      String id, String name, String unit, String valuePerUnit, Aggregation aggregation) {}

  /**
   * A goal with the metric its objective moves (which may fall, as time to hire does) and the
   * accumulating business outcome its tactics are measured by.
   */
  record GoalName(
      String slug,
      String title,
      BusinessFunction function,
      MetricName objectiveMetric,
      boolean lowerIsBetter,
      MetricName tacticMetric) {}

  record TacticName(
      String name, Channel channel, CustomerValue customer, OrganizationValue organization) {}

  record PlatformName(String name, PlatformCategory category) {}

  static final List<OrganizationName> ORGANIZATIONS =
      List.of(
          new OrganizationName(
              "Acme Outfitters",
              "retail",
              CustomerKind.CONSUMER,
              "Every customer conversation makes Acme a better outfitter"),
          new OrganizationName(
              "City of Riverton",
              "government",
              CustomerKind.CITIZEN,
              "Citizens get public services where they already are, and shape them"),
          new OrganizationName(
              "Globex Industrial",
              "manufacturing",
              CustomerKind.BUSINESS,
              "Buyers, engineers and partners solve problems with Globex in the open"),
          new OrganizationName(
              "Summit Credit Union",
              "financial services",
              CustomerKind.MEMBER,
              "Members run their money and their union together"),
          new OrganizationName(
              "Contoso Health",
              "healthcare",
              CustomerKind.PATIENT,
              "Patients and clinicians share what they know, and care gets better"),
          new OrganizationName(
              "Fabrikam Software",
              "technology",
              CustomerKind.BUSINESS,
              "Every customer helps build the product, and every employee helps sell it"));

  private static final MetricName NET_NEW_CUSTOMERS =
      new MetricName(
          "net-new-customers", "Net new customers", "customers", "85.00", Aggregation.SUM);
  private static final MetricName REPEAT_ORDERS =
      new MetricName("repeat-orders", "Repeat orders", "orders", "42.50", Aggregation.SUM);
  private static final MetricName UPSELL_REVENUE =
      new MetricName("upsell-revenue", "Upsell revenue", "USD", "1.00", Aggregation.SUM);
  private static final MetricName COST_PER_CONTACT =
      new MetricName("cost-per-contact", "Cost per contact", "USD", null, Aggregation.LATEST);
  private static final MetricName CALLS_DEFLECTED =
      new MetricName(
          "calls-deflected", "Calls deflected to self-service", "calls", "6.50", Aggregation.SUM);
  private static final MetricName RETAINED_CUSTOMERS =
      new MetricName(
          "retained-customers", "Customers retained", "customers", "120.00", Aggregation.SUM);
  private static final MetricName IDEAS_ADOPTED =
      new MetricName(
          "ideas-adopted", "Customer ideas adopted", "ideas", "2500.00", Aggregation.SUM);
  private static final MetricName TIME_TO_HIRE =
      new MetricName("time-to-hire", "Time to hire", "days", null, Aggregation.LATEST);
  private static final MetricName REFERRAL_HIRES =
      new MetricName(
          "referral-hires", "Hires through referrals", "hires", "3000.00", Aggregation.SUM);
  private static final MetricName EMPLOYEE_SATISFACTION =
      new MetricName(
          "employee-satisfaction", "Employee satisfaction", "points", null, Aggregation.LATEST);
  private static final MetricName PEER_ANSWERS =
      new MetricName(
          "peer-answers", "Questions answered by peers", "answers", "4.00", Aggregation.SUM);
  private static final MetricName WAIT_TIME =
      new MetricName(
          "service-wait-time",
          "Average wait for a service request",
          "days",
          null,
          Aggregation.LATEST);
  private static final MetricName ONLINE_REQUESTS =
      new MetricName(
          "online-requests-resolved",
          "Requests resolved online",
          "requests",
          "12.00",
          Aggregation.SUM);
  private static final MetricName QUALIFIED_LEADS =
      new MetricName(
          "qualified-leads", "Sales-qualified leads", "leads", "250.00", Aggregation.SUM);
  private static final MetricName RENEWALS =
      new MetricName(
          "membership-renewals", "Membership renewals", "renewals", "90.00", Aggregation.SUM);

  static final List<GoalName> GOALS =
      List.of(
          new GoalName(
              "grow-online-revenue",
              "Grow online revenue",
              BusinessFunction.SALES,
              NET_NEW_CUSTOMERS,
              false,
              NET_NEW_CUSTOMERS),
          new GoalName(
              "reduce-cost-to-serve",
              "Reduce the cost to serve",
              BusinessFunction.CUSTOMER_SERVICE,
              COST_PER_CONTACT,
              true,
              CALLS_DEFLECTED),
          new GoalName(
              "speed-up-product-innovation",
              "Bring customer ideas to market faster",
              BusinessFunction.PRODUCT_INNOVATION,
              IDEAS_ADOPTED,
              false,
              IDEAS_ADOPTED),
          new GoalName(
              "hire-faster",
              "Hire the right people faster",
              BusinessFunction.HUMAN_RESOURCES,
              TIME_TO_HIRE,
              true,
              REFERRAL_HIRES),
          new GoalName(
              "increase-order-frequency",
              "Increase order frequency",
              BusinessFunction.MARKETING,
              REPEAT_ORDERS,
              false,
              REPEAT_ORDERS),
          new GoalName(
              "improve-retention",
              "Keep more of our customers",
              BusinessFunction.CUSTOMER_SERVICE,
              RETAINED_CUSTOMERS,
              false,
              RETAINED_CUSTOMERS),
          new GoalName(
              "raise-employee-engagement",
              "Raise employee engagement",
              BusinessFunction.EMPLOYEE_ENGAGEMENT,
              EMPLOYEE_SATISFACTION,
              false,
              PEER_ANSWERS),
          new GoalName(
              "cut-service-wait",
              "Cut the wait for public services",
              BusinessFunction.PUBLIC_SERVICE,
              WAIT_TIME,
              true,
              ONLINE_REQUESTS),
          new GoalName(
              "win-business-accounts",
              "Win more business accounts",
              BusinessFunction.SALES,
              QUALIFIED_LEADS,
              false,
              QUALIFIED_LEADS),
          new GoalName(
              "raise-average-order",
              "Raise the average order size",
              BusinessFunction.SALES,
              UPSELL_REVENUE,
              false,
              UPSELL_REVENUE),
          new GoalName(
              "grow-membership",
              "Grow membership renewals",
              BusinessFunction.MARKETING,
              RENEWALS,
              false,
              RENEWALS));

  static final List<String> SEGMENTS =
      List.of(
          "in the north",
          "in the south",
          "in the east",
          "in the west",
          "with small businesses",
          "with first-time customers",
          "in the capital region",
          "with returning customers");

  static final List<MetricName> VANITY_METRICS =
      List.of(
          new MetricName("fans", "Fans", "fans", null, Aggregation.LATEST),
          new MetricName("followers", "Followers", "followers", null, Aggregation.LATEST),
          new MetricName("likes", "Likes", "likes", null, Aggregation.SUM),
          new MetricName("impressions", "Impressions", "impressions", null, Aggregation.SUM));

  static final List<MetricName> ENGAGEMENT_METRICS =
      List.of(
          new MetricName("comments", "Comments", "comments", null, Aggregation.SUM),
          new MetricName("shares", "Shares", "shares", null, Aggregation.SUM));

  private static final List<TacticName> GENERIC_TACTICS =
      List.of(
          new TacticName(
              "Customer stories on Instagram",
              Channel.INSTAGRAM,
              CustomerValue.RECOGNITION,
              OrganizationValue.ADVOCACY),
          new TacticName(
              "How-to videos on YouTube",
              Channel.YOUTUBE,
              CustomerValue.INFORMATION,
              OrganizationValue.ACQUISITION),
          new TacticName(
              "Direct phone calls to ask what customers want",
              Channel.PHONE,
              CustomerValue.VOICE,
              OrganizationValue.INSIGHT));

  static final Map<BusinessFunction, List<TacticName>> TACTICS =
      Map.of(
          BusinessFunction.SALES,
          List.of(
              new TacticName(
                  "Facebook shop",
                  Channel.FACEBOOK,
                  CustomerValue.SAVINGS,
                  OrganizationValue.REVENUE),
              new TacticName(
                  "Shoppable Instagram posts",
                  Channel.INSTAGRAM,
                  CustomerValue.CONVENIENCE,
                  OrganizationValue.REVENUE),
              new TacticName(
                  "Social selling on LinkedIn",
                  Channel.LINKEDIN,
                  CustomerValue.INFORMATION,
                  OrganizationValue.REVENUE),
              new TacticName(
                  "In-store pickup for online orders",
                  Channel.IN_STORE,
                  CustomerValue.CONVENIENCE,
                  OrganizationValue.REVENUE)),
          BusinessFunction.CUSTOMER_SERVICE,
          List.of(
              new TacticName(
                  "Support community",
                  Channel.SUPPORT_COMMUNITY,
                  CustomerValue.SUPPORT,
                  OrganizationValue.COST_SAVINGS),
              new TacticName(
                  "Customer care on X",
                  Channel.X,
                  CustomerValue.CONVENIENCE,
                  OrganizationValue.LOYALTY),
              new TacticName(
                  "WhatsApp help line",
                  Channel.WHATSAPP,
                  CustomerValue.CONVENIENCE,
                  OrganizationValue.COST_SAVINGS)),
          BusinessFunction.PRODUCT_INNOVATION,
          List.of(
              new TacticName(
                  "Suggestion box at the front of the store",
                  Channel.SUGGESTION_BOX,
                  CustomerValue.VOICE,
                  OrganizationValue.INSIGHT),
              new TacticName(
                  "Ideas community",
                  Channel.SUPPORT_COMMUNITY,
                  CustomerValue.VOICE,
                  OrganizationValue.INSIGHT),
              new TacticName(
                  "Direct phone calls to ask what customers want",
                  Channel.PHONE,
                  CustomerValue.VOICE,
                  OrganizationValue.INSIGHT)),
          BusinessFunction.HUMAN_RESOURCES,
          List.of(
              new TacticName(
                  "Recruiting on LinkedIn",
                  Channel.LINKEDIN,
                  CustomerValue.INFORMATION,
                  OrganizationValue.TALENT),
              new TacticName(
                  "Employee referral program",
                  Channel.ENTERPRISE_SOCIAL_NETWORK,
                  CustomerValue.RECOGNITION,
                  OrganizationValue.TALENT)),
          BusinessFunction.MARKETING,
          List.of(
              new TacticName(
                  "Member offers by email",
                  Channel.EMAIL,
                  CustomerValue.SAVINGS,
                  OrganizationValue.LOYALTY),
              new TacticName(
                  "Facebook loyalty club",
                  Channel.FACEBOOK,
                  CustomerValue.ACCESS,
                  OrganizationValue.LOYALTY)),
          BusinessFunction.EMPLOYEE_ENGAGEMENT,
          List.of(
              new TacticName(
                  "Enterprise social network",
                  Channel.ENTERPRISE_SOCIAL_NETWORK,
                  CustomerValue.COMMUNITY,
                  OrganizationValue.PRODUCTIVITY)),
          BusinessFunction.PUBLIC_SERVICE,
          List.of(
              new TacticName(
                  "Service requests through Facebook",
                  Channel.FACEBOOK,
                  CustomerValue.CONVENIENCE,
                  OrganizationValue.COST_SAVINGS),
              new TacticName(
                  "Service updates on X",
                  Channel.X,
                  CustomerValue.INFORMATION,
                  OrganizationValue.COST_SAVINGS),
              new TacticName(
                  "Citizen panel meetings",
                  Channel.EVENT,
                  CustomerValue.VOICE,
                  OrganizationValue.INSIGHT)));

  static final List<PlatformName> PLATFORMS =
      List.of(
          new PlatformName("Social listening suite", PlatformCategory.LISTENING),
          new PlatformName("Publishing and scheduling", PlatformCategory.PUBLISHING),
          new PlatformName("Community platform", PlatformCategory.COMMUNITY),
          new PlatformName("Social CRM", PlatformCategory.CRM),
          new PlatformName("Analytics workbench", PlatformCategory.ANALYTICS));

  static final List<String> INITIATIVE_THEMES =
      List.of(
          "Social commerce launch",
          "Community-led support",
          "Listening to learn",
          "Customer ideas program",
          "Social recruiting",
          "Employee collaboration",
          "Citizen self-service",
          "Loyalty and advocacy");

  static List<TacticName> tacticsFor(BusinessFunction function) {
    return TACTICS.getOrDefault(function, GENERIC_TACTICS);
  }
}
