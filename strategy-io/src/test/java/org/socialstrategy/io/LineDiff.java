package org.socialstrategy.io;

import java.util.ArrayList;
import java.util.List;

/** A line diff for tests: which lines of a text an edit removed and which it added. */
final class LineDiff {

  private LineDiff() {}

  /**
   * One changed line.
   *
   * @param removed whether the line was removed (else added)
   * @param line its number, from 1, in the text it belongs to
   * @param text the line
   */
  record Line(boolean removed, int line, String text) {
    @Override
    public String toString() {
      return (removed ? "-" : "+") + text;
    }
  }

  /**
   * Returns the changed lines, the longest common subsequence of lines kept.
   *
   * @param before the text before
   * @param after the text after
   * @return the removed and added lines, in order
   */
  static List<Line> between(String before, String after) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    int head = 0;
    while (head < a.length && head < b.length && a[head].equals(b[head])) {
      head++;
    }
    int tail = 0;
    while (tail < a.length - head
        && tail < b.length - head
        && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
      tail++;
    }
    int[][] lengths = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1 - tail; i >= head; i--) {
      for (int j = b.length - 1 - tail; j >= head; j--) {
        lengths[i][j] =
            a[i].equals(b[j])
                ? lengths[i + 1][j + 1] + 1
                : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    List<Line> changed = new ArrayList<>();
    int i = head;
    int j = head;
    while (i < a.length - tail || j < b.length - tail) {
      if (i < a.length - tail && j < b.length - tail && a[i].equals(b[j])) {
        i++;
        j++;
      } else if (j >= b.length - tail
          || (i < a.length - tail && lengths[i + 1][j] >= lengths[i][j + 1])) {
        changed.add(new Line(true, i + 1, a[i]));
        i++;
      } else {
        changed.add(new Line(false, j + 1, b[j]));
        j++;
      }
    }
    return changed;
  }

  /** Returns the changed lines as {@code -removed} and {@code +added} texts. */
  static List<String> texts(String before, String after) {
    return between(before, after).stream().map(Line::toString).toList();
  }
}
