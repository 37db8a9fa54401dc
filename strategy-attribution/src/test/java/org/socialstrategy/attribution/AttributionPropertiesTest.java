package org.socialstrategy.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.attribution.data.AggregationOptions;
import org.socialstrategy.attribution.data.JourneyAggregate;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.PeriodGranularity;
import org.socialstrategy.attribution.model.ChannelCredits;
import org.socialstrategy.attribution.model.FirstTouch;
import org.socialstrategy.attribution.model.LastNonDirectTouch;
import org.socialstrategy.attribution.model.LastTouch;
import org.socialstrategy.attribution.model.Linear;
import org.socialstrategy.attribution.model.Markov;
import org.socialstrategy.attribution.model.PathModel;
import org.socialstrategy.attribution.model.PositionBased;
import org.socialstrategy.attribution.model.Shapley;
import org.socialstrategy.attribution.model.TimeDecay;
import org.socialstrategy.testkit.JourneyGens;
import org.socialstrategy.testkit.JourneyRow;
import org.socialstrategy.testkit.PathRow;

/** Properties every model keeps, over generated path tables and journeys. */
class AttributionPropertiesTest {

  private static final List<PathModel> MODELS =
      List.of(
          FirstTouch.model(),
          LastTouch.model(),
          LastNonDirectTouch.defaults(),
          Linear.model(),
          PositionBased.defaults(),
          PositionBased.of(0.1, 0.6),
          Markov.order(1),
          Markov.order(2),
          Markov.builder().order(3).states(Markov.States.HISTORY).build(),
          Markov.builder().order(4).repeats(Markov.Repeats.COLLAPSE).build(),
          Markov.builder().order(2).observedHorizon().build(),
          Markov.builder().valueSharing(Markov.ValueSharing.CONVERSIONS).build(),
          Shapley.defaults(),
          Shapley.rate(),
          Shapley.rate(3, 200, 1, 0.9));

  private static double tolerance(double total) {
    return ChannelCredits.TOLERANCE * Math.max(1, Math.abs(total));
  }

  @Test
  void creditsAddUpToTheTotals() {
    qt().withExamples(150)
        .forAll(JourneyGens.pathTables(7, 25))
        .checkAssert(
            rows -> {
              PathTable table = Fixtures.table(rows);
              for (PathModel model : MODELS) {
                ChannelCredits credits = model.attribute(table);
                double conversions = 0;
                double value = 0;
                for (int c = 0; c < credits.channels().size(); c++) {
                  conversions += credits.conversions(c);
                  value += credits.value(c);
                }
                double total = table.totalConversions();
                double totalValue = table.totalValue().doubleValue();
                assertEquals(total, conversions, tolerance(total), model + " conversions");
                assertEquals(totalValue, value, tolerance(totalValue), model + " value");
              }
            });
  }

  @Test
  void twoChannelsAlwaysTogetherInTheSamePlacesGetEqualCredit() {
    qt().withExamples(150)
        .forAll(JourneyGens.pathTables(5, 20))
        .checkAssert(
            rows -> {
              List<PathRow> twinned = new ArrayList<>();
              for (PathRow row : rows) {
                List<String> steps = new ArrayList<>();
                for (String step : row.steps()) {
                  steps.add(step);
                  if (step.equals("c0")) {
                    steps.add("twin");
                  }
                }
                twinned.add(new PathRow(steps, row.conversions(), row.value(), row.nulls()));
              }
              PathTable table = Fixtures.table(twinned);
              for (PathModel model :
                  List.of(
                      Markov.order(1),
                      Markov.order(2),
                      Markov.order(3),
                      Markov.builder().order(2).states(Markov.States.HISTORY).build(),
                      Shapley.defaults(),
                      Shapley.rate())) {
                ChannelCredits credits = model.attribute(table);
                double total = table.totalConversions();
                assertEquals(
                    credits.conversions("c0"),
                    credits.conversions("twin"),
                    tolerance(total),
                    model.toString());
                assertEquals(
                    credits.value("c0"),
                    credits.value("twin"),
                    tolerance(table.totalValue().doubleValue()),
                    model.toString());
              }
            });
  }

  @Test
  void aChannelOnlyInJourneysThatDoNotConvertGetsNothing() {
    // Shapley values of journeys: anywhere in a non-converting journey. The Markov chain pools
    // transitions, so a channel that leads on to channels that convert elsewhere earns credit
    // through them; a channel that only ends non-converting journeys earns none.
    qt().withExamples(150)
        .forAll(JourneyGens.pathTables(5, 20), integers().between(0, 5))
        .checkAssert(
            (rows, at) -> {
              List<PathRow> anywhere = new ArrayList<>();
              List<PathRow> atEnd = new ArrayList<>();
              for (PathRow row : rows) {
                if (row.conversions() > 0) {
                  anywhere.add(row);
                  atEnd.add(row);
                  continue;
                }
                List<String> inside = new ArrayList<>(row.steps());
                inside.add(Math.min(at, inside.size()), "ghost");
                anywhere.add(new PathRow(inside, 0, BigDecimal.ZERO, row.nulls()));
                List<String> last = new ArrayList<>(row.steps());
                last.add("ghost");
                atEnd.add(new PathRow(last, 0, BigDecimal.ZERO, row.nulls()));
              }
              assertEquals(
                  0, Shapley.defaults().attribute(Fixtures.table(anywhere)).conversions("ghost"));
              for (Markov model :
                  List.of(
                      Markov.order(1),
                      Markov.order(2),
                      Markov.builder().order(3).states(Markov.States.HISTORY).build())) {
                ChannelCredits credits = model.attribute(Fixtures.table(atEnd));
                assertEquals(0, credits.conversions("ghost"), model.toString());
                assertEquals(0, credits.value("ghost"), model.toString());
              }
            });
  }

  @Test
  void singleTouchJourneysGiveTheirTouchFullCredit() {
    // Every model but Shapley values of rates, whose credit of a journey depends on the others;
    // the value too, except where the Markov model shares value by conversion removal effects.
    qt().withExamples(150)
        .forAll(JourneyGens.pathTables(6, 20))
        .checkAssert(
            rows -> {
              List<PathRow> single = new ArrayList<>();
              for (PathRow row : rows) {
                single.add(
                    new PathRow(
                        List.of(row.steps().get(0)), row.conversions(), row.value(), row.nulls()));
              }
              PathTable table = Fixtures.table(single);
              for (PathModel model : MODELS) {
                if (model instanceof Shapley shapley
                    && shapley.function() == Shapley.Function.RATE) {
                  continue;
                }
                ChannelCredits credits = model.attribute(table);
                for (int p = 0; p < table.size(); p++) {
                  String channel = table.channel(table.step(p, 0));
                  double total = table.totalConversions();
                  assertEquals(
                      table.conversions(p),
                      credits.conversions(channel),
                      tolerance(total),
                      model.toString());
                  if (!(model instanceof Markov markov
                      && markov.valueSharing() == Markov.ValueSharing.CONVERSIONS)) {
                    assertEquals(
                        table.valueAsDouble(p),
                        credits.value(channel),
                        tolerance(table.totalValue().doubleValue()),
                        model.toString());
                  }
                }
              }
            });
  }

  @Test
  void chunksAggregatedApartAndMergedEqualTheWhole() {
    AggregationOptions options =
        AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH);
    qt().withExamples(80)
        .forAll(JourneyGens.journeys(8, 60), integers().between(0, 100))
        .checkAssert(
            (journeys, cutPercent) -> {
              List<JourneyRow> rows = journeys.rows();
              String cutJourney = rows.get(rows.size() * cutPercent / 101).journey();
              List<JourneyRow> first = new ArrayList<>();
              List<JourneyRow> second = new ArrayList<>();
              for (JourneyRow row : rows) {
                (row.journey().compareTo(cutJourney) < 0 ? first : second).add(row);
              }
              JourneyAggregate whole = Fixtures.aggregate(rows, options);
              JourneyAggregate a = Fixtures.aggregate(first, options);
              JourneyAggregate b = Fixtures.aggregate(second, options);
              assertEquals(whole, a.merge(b));
              assertEquals(whole, b.merge(a));
              assertEquals(whole.paths(), PathTable.merge(b.paths(), a.paths()));
            });
  }

  @Test
  void pathTablesMergeAssociativelyAndCommutatively() {
    qt().withExamples(100)
        .forAll(
            JourneyGens.pathTables(5, 10),
            JourneyGens.pathTables(5, 10),
            JourneyGens.pathTables(5, 10))
        .checkAssert(
            (x, y, z) -> {
              PathTable a = Fixtures.table(x);
              PathTable b = Fixtures.table(y);
              PathTable c = Fixtures.table(z);
              PathTable left = PathTable.merge(PathTable.merge(a, b), c);
              assertEquals(left, PathTable.merge(a, PathTable.merge(b, c)));
              assertEquals(left, PathTable.merge(c, b, a));
              assertEquals(left.hashCode(), PathTable.merge(c, a, b).hashCode());
            });
  }

  @Test
  void theSameInputGivesTheSameCredits() {
    qt().withExamples(60)
        .forAll(JourneyGens.pathTables(6, 20))
        .checkAssert(
            rows -> {
              for (PathModel model : MODELS) {
                assertEquals(
                    model.attribute(Fixtures.table(rows)),
                    model.attribute(Fixtures.table(rows)),
                    model.toString());
              }
            });
  }

  @Test
  void periodCreditsAddUpToTheWholeInput() {
    AggregationOptions options =
        AggregationOptions.defaults().withGranularity(PeriodGranularity.MONTH);
    qt().withExamples(40)
        .forAll(JourneyGens.journeys(6, 80))
        .checkAssert(
            journeys -> {
              JourneyAggregate aggregate = Fixtures.aggregate(journeys.rows(), options);
              for (var model :
                  List.of(Linear.model(), TimeDecay.defaults(), Markov.order(2), Shapley.rate())) {
                AttributionResult result = Attribution.byKey().attribute(model, aggregate);
                for (Credit whole : result.credits()) {
                  double sum = 0;
                  for (var period : result.periods()) {
                    sum +=
                        result.credits(period).stream()
                            .filter(c -> c.target().equals(whole.target()))
                            .mapToDouble(Credit::conversions)
                            .sum();
                  }
                  assertEquals(whole.conversions(), sum, 1e-9, model + " " + whole.target());
                }
              }
            });
  }
}
