package org.socialstrategy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void idsAreEqualOnlyWithinTheirKind() {
    assertEquals(GoalId.of("a"), GoalId.of("a"));
    assertNotEquals(GoalId.of("a"), TacticId.of("a"));
    assertEquals("a", GoalId.of("a").toString());
    assertEquals("goal", GoalId.of("a").kind());
    assertTrue(TacticId.of(" ").isBlank());
    assertTrue(GoalId.of("a").compareTo(TacticId.of("a")) < 0);
    assertTrue(GoalId.of("a").compareTo(GoalId.of("b")) < 0);
    assertThrows(NullPointerException.class, () -> GoalId.of(null));
  }

  @Test
  void moneyIsExactAndKeepsItsScale() {
    Money cost = Money.of("12000.00", "usd");
    assertEquals(new BigDecimal("12000.00"), cost.amount());
    assertEquals("USD", cost.currency().getCurrencyCode());
    assertEquals("12000.00 USD", cost.toString());
    assertEquals("12,000.00 USD", cost.display());
    assertEquals("0.125 USD", Money.of("0.125", "USD").display().replace(",", ""));
    assertNotEquals(Money.of("5", "USD"), Money.of("5.00", "USD"));
    assertEquals(0, Money.of("5", "USD").compareTo(Money.of("5.00", "USD")));
    assertEquals(Money.of("7.50", "USD"), Money.of("5.00", "USD").plus(Money.of("2.50", "USD")));
    assertEquals(Money.of("2.50", "USD"), Money.of("5.00", "USD").minus(Money.of("2.50", "USD")));
    assertEquals(Money.of("10.000", "USD"), Money.of("5.00", "USD").times(new BigDecimal("2.0")));
    assertTrue(Money.of("-1", "USD").isNegative());
    assertTrue(Money.zero(Money.currency("EUR")).isZero());
  }

  @Test
  void moneyRefusesNonsense() {
    assertEquals(
        "amount is not a decimal number: 'lots'",
        assertThrows(IllegalArgumentException.class, () -> Money.of("lots", "USD")).getMessage());
    assertEquals(
        "unknown currency code: 'XXY'",
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "XXY")).getMessage());
    assertEquals(
        "cannot combine USD with EUR",
        assertThrows(
                IllegalArgumentException.class,
                () -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
            .getMessage());
  }

  @Test
  void hugeAmountsAreShownPlainly() {
    Money huge = Money.of(new BigDecimal("1E+60"), Money.currency("USD"));
    assertEquals("1E+60 USD", huge.display());
  }

  @Test
  void dateRangesIncludeBothEnds() {
    DateRange year = DateRange.years(2027, 2027);
    assertEquals(365, year.days());
    assertTrue(year.contains(LocalDate.of(2027, 12, 31)));
    assertFalse(year.contains(LocalDate.of(2028, 1, 1)));
    assertTrue(DateRange.years(2027, 2029).encloses(year));
    assertTrue(year.overlaps(DateRange.years(2027, 2028)));
    assertFalse(year.overlaps(DateRange.years(2028, 2028)));
    assertEquals(List.of(Year.of(2027), Year.of(2028)), DateRange.years(2027, 2028).years());
    assertEquals("2027-01-01..2027-12-31", year.toString());
    DateRange backwards = DateRange.of(LocalDate.of(2028, 1, 1), LocalDate.of(2027, 1, 1));
    assertFalse(backwards.isOrdered());
    assertEquals(0, backwards.days());
    assertEquals(List.of(), backwards.years());
    assertFalse(backwards.contains(LocalDate.of(2027, 6, 1)));
  }

  @Test
  void objectiveDirectionFollowsBaselineAndTarget() {
    LocalDate due = LocalDate.of(2027, 12, 31);
    assertEquals(Direction.INCREASE, Objective.of("nnc", 1_200, 3_000, due).direction());
    assertEquals(Direction.DECREASE, Objective.of("cost", 12, 9, due).direction());
    assertEquals(Direction.MAINTAIN, Objective.of("nps", 40, 40, due).direction());
  }

  @Test
  void valueExchangeKnowsWhenItIsOneSided() {
    ValueExchange fair = ValueExchange.of(CustomerValue.SAVINGS, OrganizationValue.REVENUE);
    assertFalse(fair.isOneSided());
    ValueExchange taking =
        ValueExchange.of(ValueSide.none(), ValueSide.of(OrganizationValue.REVENUE));
    assertTrue(taking.isOneSided());
    assertTrue(taking.customerReceivesNothing());
    assertFalse(taking.organizationCapturesNothing());
    assertTrue(ValueExchange.none().isOneSided());
    ValueSide<CustomerValue> described =
        ValueSide.<CustomerValue>builder()
            .addKind(CustomerValue.SAVINGS)
            .description("15% off the first order")
            .quantity(Quantity.of("15", "percent"))
            .build();
    assertFalse(described.isEmpty());
  }

  @Test
  void catalogsFindWellKnownValuesByKeyOrAlias() {
    assertEquals(Channel.X, Channel.of("Twitter"));
    assertEquals(Channel.PHONE, Channel.of("Direct phone calls"));
    assertEquals(BusinessFunction.CUSTOMER_SERVICE, BusinessFunction.of("Customer Support"));
    assertEquals(BusinessFunction.HUMAN_RESOURCES, BusinessFunction.of("talent_acquisition"));
    assertEquals(CustomerKind.CITIZEN, CustomerKind.of("CITIZEN"));
    assertEquals(CustomerValue.PERSONALIZATION, CustomerValue.of("personalisation"));
    assertEquals(OrganizationValue.COST_SAVINGS, OrganizationValue.of("cost savings"));
    assertEquals(PlatformCategory.LISTENING, PlatformCategory.of("social listening"));
    assertEquals(StakeholderRole.HUB_LEAD, StakeholderRole.of("CoE lead"));
    assertTrue(Channel.FACEBOOK.isWellKnown());
    assertTrue(Channel.FACEBOOK.isSocial());
    assertFalse(Channel.SUGGESTION_BOX.isSocial());
    assertEquals("customer-service", BusinessFunction.CUSTOMER_SERVICE.toString());
  }

  @Test
  void catalogsKeepCustomValues() {
    Channel mastodon = Channel.of("  Mastodon Server ");
    assertEquals("mastodon-server", mastodon.key());
    assertEquals("Mastodon Server", mastodon.label());
    assertFalse(mastodon.isWellKnown());
    assertEquals(ChannelKind.OTHER, mastodon.kind());
    assertEquals(mastodon, Channel.of("mastodon_server"));
    Channel social = Channel.custom("Mastodon server", ChannelKind.SOCIAL_NETWORK);
    assertNotEquals(mastodon, social);
    assertTrue(social.isSocial());
    assertEquals(Channel.FACEBOOK, Channel.custom("facebook", ChannelKind.OFFLINE));
    assertEquals(CustomerKind.of("Student"), CustomerKind.of("student"));
    assertEquals(
        "channel must not be blank",
        assertThrows(IllegalArgumentException.class, () -> Channel.of(" ")).getMessage());
  }

  @Test
  void catalogKeysIgnoreTheDefaultLocale() {
    assertEquals("citizen", CustomerKind.of("CITIZEN").key());
    assertEquals("linkedin", Channel.of("LINKEDIN").key());
  }

  @Test
  void wellKnownValuesAreListedInOrder() {
    assertEquals(Channel.FACEBOOK, Channel.wellKnown().get(0));
    assertEquals(BusinessFunction.MARKETING, BusinessFunction.wellKnown().get(0));
    assertTrue(CustomerKind.wellKnown().contains(CustomerKind.PATIENT));
  }

  @Test
  void pathsPrintAndParseTheSameWay() {
    StrategyPath path = StrategyPath.ROOT.element("tactics", 3, "fb-contest").index("supports", 0);
    assertEquals("tactics[fb-contest].supports[0]", path.toString());
    assertEquals(3, path.segments().get(0).position().getAsInt());
    StrategyPath parsed = StrategyPath.parse("funding.perYear[2027].budget");
    assertEquals("funding.perYear[2027].budget", parsed.toString());
    assertEquals(StrategyPath.ROOT.field("funding").index("perYear", 2027).field("budget"), parsed);
    assertEquals("", StrategyPath.ROOT.toString());
    assertEquals(StrategyPath.ROOT, StrategyPath.parse(""));
    assertThrows(IllegalArgumentException.class, () -> StrategyPath.parse("a..b"));
    assertThrows(IllegalArgumentException.class, () -> StrategyPath.parse("[0]"));
  }

  @Test
  void nearestMatchOffersOnlyCloseWords() {
    assertEquals(
        "grow-revenue",
        NearestMatch.among("grow-revnue", List.of("hire-faster", "grow-revenue")).orElseThrow());
    assertEquals("title", NearestMatch.among("titel", List.of("title", "tactics")).orElseThrow());
    assertFalse(NearestMatch.among("fans", List.of("net-new-customers")).isPresent());
    assertFalse(NearestMatch.among("ab", List.of("ab")).isPresent());
    assertEquals(1, NearestMatch.distance("ab", "ba", 5));
    assertEquals(3, NearestMatch.distance("kitten", "sitting", 5));
    assertEquals(2, NearestMatch.distance("kitten", "sitting", 2));
  }

  @Test
  void invalidStrategyMessageListsAtMostFiftyProblems() {
    List<Violation> many =
        java.util.stream.IntStream.range(0, 60)
            .mapToObj(
                i ->
                    Violation.of(
                        StrategyPath.ROOT.index("tactics", i),
                        ViolationKind.BLANK_ID,
                        "tactic id must not be blank"))
            .toList();
    InvalidStrategyException e = new InvalidStrategyException(many);
    assertEquals(60, e.violations().size());
    assertTrue(
        e.getMessage()
            .startsWith(
                "invalid strategy: 60 problems\n  tactics[0]: tactic id must not be blank"));
    assertTrue(e.getMessage().endsWith("\n  ... and 10 more"));
    assertThrows(IllegalArgumentException.class, () -> new InvalidStrategyException(List.of()));
  }
}
