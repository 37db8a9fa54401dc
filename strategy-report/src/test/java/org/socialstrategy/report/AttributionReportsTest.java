package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.Attribution;
import org.socialstrategy.attribution.AttributionObservations;
import org.socialstrategy.attribution.AttributionResult;
import org.socialstrategy.attribution.ModelComparison;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.EventCsv;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.FirstTouch;
import org.socialstrategy.attribution.model.LastTouch;
import org.socialstrategy.attribution.model.Linear;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.scoring.scorecard.Scorecard;
import org.socialstrategy.testkit.RetailSample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The attribution outputs: text, JSON, CSV, and the section of the HTML and Markdown reports. */
class AttributionReportsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  // July: j1 goes from the contest to the shop and buys; j2 comes from a hostile export's key
  // (an escape sequence, a comma, a formula) to the shop. August: j3 buys after a search.
  private static final String EVENTS =
      "customer_id,timestamp,source,medium,campaign,conversion,value\n"
          + "j1,2027-07-02T09:00:00Z,facebook,social,summer-contest,false,\n"
          + "j1,2027-07-03T09:00:00Z,facebook,social,fb_shop,false,\n"
          + "j1,2027-07-03T09:10:00Z,,,,true,120\n"
          + "j2,2027-07-10T09:00:00Z,\"=cmd|\u001b[31m,x\",email,,false,\n"
          + "j2,2027-07-11T09:00:00Z,facebook,social,fb_shop,false,\n"
          + "j2,2027-07-11T09:10:00Z,,,,true,80\n"
          + "j3,2027-08-20T09:00:00Z,google,cpc,,false,\n"
          + "j3,2027-08-20T09:10:00Z,,,,true,60.5\n";

  private static final JourneyAggregate JOURNEYS =
      EventCsv.read(
          EVENTS,
          "july.csv",
          AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH));

  private static final Strategy RETAIL = RetailSample.strategy();

  private static AttributionResult mapped(
      org.socialstrategy.attribution.model.AttributionModel model) {
    return Attribution.mapped(RETAIL.attribution().orElseThrow()).attribute(model, JOURNEYS);
  }

  @Test
  void textShowsCreditsUnmappedKeysAndPeriodsWithoutObeyingKeys() {
    String text = AttributionText.render(mapped(Linear.model()), RETAIL, TextStyle.PLAIN);
    assertTrue(
        text.startsWith(
            "Attribution by linear\n  3 conversions worth 260.50 from"
                + " 2027-07-01 to 2027-08-31 in 2 periods\n"),
        text);
    assertTrue(text.contains("  Facebook shop (fb-shop) "), text);
    assertTrue(
        text.contains(
            "Touchpoints no rule maps: 2 keys, 1.50 conversions (50.0%) credited to no tactic\n"),
        text);
    assertTrue(text.contains("=cmd|\\u001b[31m,x / email"), text);
    assertFalse(text.contains("\u001b"), text);
    assertTrue(text.contains("  2027-08-01..2027-08-31: google / cpc 1.00 (60.50)\n"), text);
  }

  @Test
  void jsonCarriesTheModelTotalsAndCreditsAsNumbers() {
    JsonNode json = JSON.readTree(AttributionJson.render(mapped(Linear.model()), RETAIL));
    assertEquals("linear", json.get("model").get("name").asString());
    assertEquals(3, json.get("totals").get("conversions").asLong());
    assertEquals(260.5, json.get("totals").get("value").asDouble(), 1e-12);
    assertEquals(1.5, json.get("totals").get("unmappedConversions").asDouble(), 1e-12);
    JsonNode shop = json.get("credits").get(0);
    assertEquals("fb-shop", shop.get("key").asString());
    assertEquals("Facebook shop", shop.get("name").asString());
    assertEquals(1, shop.get("conversions").asDouble(), 1e-12);
    assertEquals(100, shop.get("value").asDouble(), 1e-12);
    assertEquals(0.333333, shop.get("share").asDouble(), 1e-12);
    assertEquals("google / cpc", json.get("credits").get(1).get("key").asString());
    assertEquals("unmapped", json.get("credits").get(1).get("kind").asString());
    assertEquals("tactic", json.get("credits").get(2).get("kind").asString());
    assertEquals(2, json.get("unmapped").size());
    assertEquals(2, json.get("periods").size());
    JsonNode byKey =
        JSON.readTree(
            AttributionJson.render(Attribution.byKey().attribute(LastTouch.model(), JOURNEYS)));
    assertEquals("touchpoint", byKey.get("credits").get(0).get("kind").asString());
    assertFalse(byKey.get("totals").has("unmappedConversions"));
  }

  @Test
  void csvQuotesKeysAndDisarmsFormulas() {
    String csv = AttributionCsv.render(mapped(Linear.model()));
    List<String> lines = csv.lines().toList();
    assertEquals("period_start,period_end,key,kind,conversions,value", lines.get(0));
    assertTrue(lines.contains("2027-07-01,2027-07-31,fb-shop,tactic,1,100"), csv);
    assertTrue(
        lines.contains("2027-07-01,2027-07-31,\"'=cmd|\u001b[31m,x / email\",unmapped,0.5,40"),
        csv);
    assertTrue(lines.contains("2027-08-01,2027-08-31,google / cpc,unmapped,1,60.5"), csv);
  }

  @Test
  void comparisonsShowGainsAndTheCreditToTacticsThatServeNoGoal() {
    ModelComparison comparison =
        Attribution.mapped(RETAIL.attribution().orElseThrow())
            .compare(List.of(FirstTouch.model()), JOURNEYS);
    String text = AttributionText.render(comparison, RETAIL, TextStyle.PLAIN);
    assertTrue(text.startsWith("2 models side by side against last-touch\n"), text);
    assertTrue(
        text.contains(
            "  first-touch      =cmd|\\u001b[31m,x / email +1.00, fb-fan-contest +1.00; fb-shop"
                + " -2.00\n"),
        text);
    assertTrue(
        text.contains("  =cmd|\\u001b[31m,x / email (unmapped)         0.00        1.00\n"), text);
    assertTrue(
        text.contains("  first-touch              1.00 (33.3%), value 120.00: fb-fan-contest\n"),
        text);
    JsonNode json = JSON.readTree(AttributionJson.render(comparison, RETAIL));
    assertEquals("last-touch", json.get("baseline").asString());
    assertEquals(1, json.get("alignment").get(1).get("unaligned").asDouble(), 1e-12);
    String csv = AttributionCsv.render(comparison);
    assertTrue(csv.startsWith("key,kind,model,conversions,value,gain,value_gain\n"), csv);
    assertTrue(csv.contains("fb-fan-contest,tactic,first-touch,1,120,1,120\n"), csv);
  }

  @Test
  void reportsShowAttributionWhenTheStrategyCarriesIt() {
    Tactic shop = RETAIL.tactic(TacticId.of(RetailSample.SHOP)).orElseThrow();
    Strategy hostile =
        RETAIL.withTactic(Tactic.builder().from(shop).name("<b>Shop</b> | *now*").build());
    Strategy measured = AttributionObservations.merge(hostile, mapped(Linear.model()));
    Scorecard card = Scorecard.of(measured, LocalDate.of(2027, 9, 30));
    String html = HtmlReport.render(card);
    assertTrue(html.contains("<section id=\"attribution\">"), html);
    assertTrue(html.contains("&lt;b&gt;Shop&lt;/b&gt; | *now*"), html);
    assertTrue(
        html.contains(
            "2 rules map touchpoints of customer journeys to 2 tactics; attributed conversions are"
                + " observed as Net new customers. 1.5 customers attributed from 2027-07-01 to"
                + " 2027-08-31 by linear."),
        html);
    assertTrue(html.contains("0.5 of them (33%) went to tactics that serve no business goal."));
    String markdown = MarkdownReport.render(card);
    assertTrue(markdown.contains("\n## Attribution\n"), markdown);
    assertTrue(
        markdown.contains("| \\<b\\>Shop\\</b\\> \\| \\*now\\* | yes | 1 | 85.00 USD |"), markdown);
    Scorecard plain = Scorecard.of(RETAIL, LocalDate.of(2027, 9, 30));
    assertFalse(HtmlReport.render(plain).contains("id=\"attribution\""));
    assertFalse(MarkdownReport.render(plain).contains("## Attribution"));
  }
}
