package org.socialstrategy.scoring.scorecard;

/** Counts with their nouns, as scorecards write them. */
final class Plurals {

  private Plurals() {}

  /** Writes a count with its noun: {@code 1 goal}, {@code 3 goals}. */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
