package org.socialstrategy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyGeneratorTest {

  @Test
  void theSameSeedMakesTheSameJourneys() {
    JourneyGenerator generator = JourneyGenerator.builder().seed(3).journeys(200).build();
    assertEquals(generator.rows(), generator.rows());
  }

  @Test
  void writesJourneysSortedAndInTimeOrder() {
    List<JourneyRow> rows = JourneyGenerator.builder().seed(5).journeys(300).build().rows();
    for (int i = 1; i < rows.size(); i++) {
      JourneyRow previous = rows.get(i - 1);
      JourneyRow row = rows.get(i);
      int byJourney = previous.journey().compareTo(row.journey());
      assertTrue(byJourney < 0 || byJourney == 0 && !row.time().isBefore(previous.time()));
    }
  }

  @Test
  void stopsAtTheTouchpointsAskedFor() {
    StringWriter out = new StringWriter();
    long touches = JourneyGenerator.builder().touchpoints(5_000).build().writeCsv(out);
    assertTrue(touches >= 5_000 && touches < 5_000 + 16);
    assertTrue(
        out.toString().startsWith("journey_id,timestamp,channel,conversion,value\nj000000001,"));
  }

  @Test
  void plantsTheLiftAndTheNoise() {
    List<JourneyRow> rows = JourneyGenerator.builder().seed(9).journeys(20_000).build().rows();
    long[] reached = new long[2];
    long[] converted = new long[2];
    String journey = "";
    boolean lifted = false;
    for (JourneyRow row : rows) {
      if (!row.journey().equals(journey)) {
        journey = row.journey();
        lifted = false;
        reached[0]++;
      }
      if (JourneyGenerator.LIFT.equals(row.channel()) && !lifted) {
        lifted = true;
        reached[1]++;
      }
      if (row.conversion()) {
        converted[lifted ? 1 : 0]++;
      }
    }
    double liftedRate = (double) converted[1] / reached[1];
    double otherRate = (double) converted[0] / (reached[0] - reached[1]);
    assertTrue(liftedRate > 3.5 * otherRate, liftedRate + " vs " + otherRate);
  }

  @Test
  void makesPathTablesOfDistinctPaths() {
    List<PathRow> rows = PathTableGenerator.generate(2_000, 20, 1);
    assertEquals(2_000, rows.size());
    assertEquals(2_000, rows.stream().map(PathRow::path).distinct().count());
  }
}
