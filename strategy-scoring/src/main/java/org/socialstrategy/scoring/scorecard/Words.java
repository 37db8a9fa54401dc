package org.socialstrategy.scoring.scorecard;

/** The wording scorecards share. */
final class Words {

  private Words() {}

  /** Writes a count with its noun: {@code 1 goal}, {@code 3 goals}. */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
