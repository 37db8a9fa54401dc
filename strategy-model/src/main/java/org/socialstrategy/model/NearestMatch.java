package org.socialstrategy.model;

import java.util.Optional;

/**
 * Finds the candidate closest to a misspelt word, for "did you mean" hints. Closeness is the edit
 * distance (insertions, deletions, substitutions, and swaps of neighbours), accepted up to a third
 * of the word's length and at most three edits, so unrelated words are never offered.
 */
public final class NearestMatch {

  private static final int MAX_EDITS = 3;

  private NearestMatch() {}

  /**
   * Returns the candidate nearest to the word, if one is near enough; ties go to the first.
   *
   * @param word the misspelt word
   * @param candidates the words it might have meant
   * @return the nearest candidate
   */
  public static Optional<String> among(String word, Iterable<String> candidates) {
    int limit = Math.min(MAX_EDITS, Math.max(1, word.length() / 3));
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - word.length()) >= bestDistance || candidate.equals(word)) {
        continue;
      }
      int distance = distance(word, candidate, bestDistance);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the optimal string alignment distance of two words, or {@code bound} once it is certain
   * to be at least that.
   */
  static int distance(String a, String b, int bound) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, beforePrevious[j - 2] + 1);
        }
        current[j] = value;
        rowMinimum = Math.min(rowMinimum, value);
      }
      if (rowMinimum >= bound) {
        return bound;
      }
      int[] recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[b.length()], bound);
  }
}
