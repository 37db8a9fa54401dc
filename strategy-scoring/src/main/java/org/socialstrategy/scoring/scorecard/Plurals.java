package org.socialstrategy.scoring.scorecard;

import java.util.List;

/** Counts with their nouns and lists of words, as scorecards write them. */
final class Plurals {

  private Plurals() {}

  /** Writes a count with its noun: {@code 1 goal}, {@code 3 goals}. */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** Joins words as prose: {@code a}, {@code a and b}, {@code a, b and c}. */
  static String words(List<String> words) {
    StringBuilder out = new StringBuilder();
    int last = words.size() - 1;
    for (int i = 0; i <= last; i++) {
      if (i > 0) {
        out.append(i == last ? " and " : ", ");
      }
      out.append(words.get(i));
    }
    return out.toString();
  }
}
