package org.socialstrategy.attribution.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded touchpoints made to probe the engine's order and cuts: timestamps drawn from a few
 * instants so that touches tie with touches and conversions, conversions tie with conversions of
 * other values, conversions name their touchpoint, keys come as channels and as source, medium and
 * campaign (in several cases, with characters past the Basic Multilingual Plane), gaps span the
 * lookback window, and journeys end in conversions, in nothing, or in untouched conversions. Rows
 * are shuffled, so a journey's rows are spread over the file and over Spark's partitions.
 */
final class TouchpointRows {

  static final String HEADER =
      "journey_id,timestamp,channel,source,medium,campaign,conversion,value";

  private static final String[] CHANNELS = {
    "email",
    "Email",
    "paid-search",
    "direct",
    "social",
    "display",
    "\uD83D\uDE00 emoji",
    "\uFFFD replacement",
    "caf\u00E9",
    "\"quoted, with comma\""
  };

  private static final String[][] UTM = {
    {"google", "cpc", "spring-sale"},
    {"google", "cpc", ""},
    {"newsletter", "email", ""},
    {"", "referral", ""},
    {"facebook", "social", "spring-shop"},
    {"(not set)", "organic", ""}
  };

  private static final String[] VALUES = {"", "0", "10", "10.00", "80.5", "0.125", "1200"};

  private static final String[] SHAPES = {
    "%sT%02d:00:00Z", "%sT%02d:00:00.000+00:00", "%s %02d:00:00"
  };

  private TouchpointRows() {}

  /** Returns the rows of the journeys as CSV lines, shuffled, without the header. */
  static List<String> csv(long seed, int journeys) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> rows = new ArrayList<>();
    for (int j = 0; j < journeys; j++) {
      String id = "j" + random.nextInt(journeys * 2);
      int events = 1 + random.nextInt(12);
      java.time.LocalDate start = java.time.LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365));
      for (int e = 0; e < events; e++) {
        int hour = random.nextInt(3);
        java.time.LocalDate day = start.plusDays(random.nextInt(10) < 2 ? random.nextInt(45) : 0);
        String time =
            String.format(java.util.Locale.ROOT, SHAPES[random.nextInt(SHAPES.length)], day, hour);
        boolean conversion = random.nextInt(10) < 3;
        String[] key = {"", "", "", ""};
        if (!conversion || random.nextBoolean()) {
          if (random.nextBoolean()) {
            key[0] = CHANNELS[random.nextInt(CHANNELS.length)];
          } else {
            String[] utm = UTM[random.nextInt(UTM.length)];
            key[1] = utm[0];
            key[2] = utm[1];
            key[3] = utm[2];
          }
        }
        String value = conversion ? VALUES[random.nextInt(VALUES.length)] : "";
        rows.add(
            String.join(
                ",",
                id,
                time,
                key[0],
                key[1],
                key[2],
                key[3],
                conversion ? (random.nextBoolean() ? "true" : "Yes") : "false",
                value));
      }
    }
    Collections.shuffle(rows, new java.util.Random(seed));
    return rows;
  }
}
