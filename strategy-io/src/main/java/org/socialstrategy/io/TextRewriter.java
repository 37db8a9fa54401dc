package org.socialstrategy.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Rewrites only what changed. Given the located tree of a file, the canonical tree of the strategy
 * it holds and the canonical tree of the edited strategy, it walks the three side by side: where
 * the two canonical trees agree the file's text is left alone, whatever its layout; where they
 * differ it replaces the smallest text that holds the difference. A changed scalar is written in
 * the file's style for it; a field or list item that is new is written where the canonical order
 * puts it, in the file's indentation; one that is gone is removed with its lines. Lists are matched
 * item by item (by id where items have one), so an edit to one tactic touches only that tactic.
 */
final class TextRewriter {

  /** Lists longer than this in both versions, after their common ends, are matched by position. */
  private static final long MAX_MATCH_CELLS = 4_000_000L;

  private final TextLayout layout;
  private final TreeRender render;
  private final String text;
  private final List<Replacement> replacements = new ArrayList<>();

  /** One piece of text replaced; {@code order} keeps insertions at one offset in emission order. */
  private record Replacement(int start, int end, String text, int order) {}

  /** How a value sits in the file, which decides how new text for it is laid out. */
  private enum Place {
    /** The document itself. */
    ROOT,
    /** The value of a key in a YAML block object; the column is the key's. */
    FIELD,
    /** An item of a YAML block list; the column is the dash's. */
    ITEM,
    /** Inside brackets: a YAML flow collection, or anywhere in JSON; the column is the line's. */
    FLOW
  }

  private record Slot(Place place, int column) {}

  private TextRewriter(TextLayout layout) {
    this.layout = layout;
    this.render = new TreeRender(layout);
    this.text = layout.text();
  }

  /**
   * Returns the file's text with the edit applied.
   *
   * @param layout the file's text and layout
   * @param file the file's located tree
   * @param before the canonical tree of the strategy the file holds
   * @param after the canonical tree of the edited strategy
   * @return the new text
   * @throws IllegalStateException if two replacements overlap, which a correct walk never makes
   */
  static String rewrite(TextLayout layout, TreeNode file, TreeNode before, TreeNode after) {
    TextRewriter rewriter = new TextRewriter(layout);
    rewriter.edit(file, before, after, new Slot(Place.ROOT, 0));
    return rewriter.apply();
  }

  private void replace(int start, int end, String replacement) {
    replacements.add(new Replacement(start, end, replacement, replacements.size()));
  }

  private String apply() {
    List<Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(
        Comparator.comparingInt(Replacement::start)
            .thenComparingInt(Replacement::end)
            .thenComparingInt(Replacement::order));
    StringBuilder out = new StringBuilder(text.length() + 256);
    int at = 0;
    for (Replacement replacement : sorted) {
      if (replacement.start() < at) {
        throw new IllegalStateException("overlapping replacements at " + replacement.start());
      }
      out.append(text, at, replacement.start()).append(replacement.text());
      at = replacement.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private void edit(TreeNode file, TreeNode before, TreeNode after, Slot slot) {
    if (before != null && TreeNodes.same(before, after)) {
      return;
    }
    if (file instanceof TreeNode.Mapping
        && after instanceof TreeNode.Mapping
        && (before == null || before instanceof TreeNode.Mapping)
        && ((TreeNode.Mapping) file).size() > 0
        && mapping(
            (TreeNode.Mapping) file, (TreeNode.Mapping) before, (TreeNode.Mapping) after, slot)) {
      return;
    }
    if (file instanceof TreeNode.Sequence
        && after instanceof TreeNode.Sequence
        && before instanceof TreeNode.Sequence
        && ((TreeNode.Sequence) file).size() > 0
        && ((TreeNode.Sequence) file).size() == ((TreeNode.Sequence) before).size()
        && sequence(
            (TreeNode.Sequence) file,
            (TreeNode.Sequence) before,
            (TreeNode.Sequence) after,
            slot)) {
      return;
    }
    if (file instanceof TreeNode.Scalar
        && after instanceof TreeNode.Scalar
        && (before == null || before instanceof TreeNode.Scalar)) {
      scalar((TreeNode.Scalar) file, (TreeNode.Scalar) before, (TreeNode.Scalar) after, slot);
      return;
    }
    whole(file, after, slot);
  }

  /** Writes a changed scalar in place, in the file's style for it. */
  private void scalar(
      TreeNode.Scalar file, TreeNode.Scalar before, TreeNode.Scalar after, Slot slot) {
    TreeNode.Scalar value = ScalarText.inFileForm(file, before, after);
    int start = layout.start(file);
    int end = layout.extentEnd(file);
    String written;
    if (layout.isYaml()) {
      ScalarText.Style style =
          file.type() == TreeNode.Type.TEXT
              ? ScalarText.style(text, start)
              : ScalarText.Style.PLAIN;
      written =
          ScalarText.yaml(
              value, style, slot.place() == Place.FLOW, blockIndent(slot), layout.newline());
      if (start == end && start > 0 && text.charAt(start - 1) == ':') {
        written = " " + written;
      }
    } else {
      written = ScalarText.json(value);
    }
    replace(start, end, written);
  }

  private int blockIndent(Slot slot) {
    return switch (slot.place()) {
      case FIELD -> slot.column() + layout.mappingStep();
      case ITEM -> slot.column() + layout.itemKeyOffset();
      default -> slot.column() + 2;
    };
  }

  /** Replaces a value whole, where its shape changed or its parts cannot be edited one by one. */
  private void whole(TreeNode file, TreeNode after, Slot slot) {
    int start = layout.start(file);
    int end = layout.extentEnd(file);
    if (!layout.isYaml()) {
      replace(start, end, render.json(after, layout.indentOf(start), layout.oneLine(file)));
      return;
    }
    boolean collection = !(after instanceof TreeNode.Scalar);
    if (slot.place() == Place.FLOW || (layout.isFlow(file) && collection)) {
      replace(start, end, render.yamlInline(after, slot.place() == Place.FLOW, blockIndent(slot)));
      return;
    }
    if (slot.place() == Place.ROOT) {
      String lines =
          after instanceof TreeNode.Mapping
              ? render.yamlMapping((TreeNode.Mapping) after, 0)
              : render.yamlInline(after, false, 2) + layout.newline();
      replace(start, layout.lineEndAfter(end), lines);
      return;
    }
    int from = layout.indicator(file) + 1;
    String written;
    if (!collection || isEmpty(after)) {
      written = " " + render.yamlInline(after, false, blockIndent(slot));
    } else if (slot.place() == Place.ITEM) {
      String item = render.yamlItem(after, slot.column(), after instanceof TreeNode.Sequence);
      written = " " + trimLine(item.substring(slot.column() + 1).stripLeading());
    } else if (after instanceof TreeNode.Mapping) {
      written =
          layout.newline()
              + trimLine(
                  render.yamlMapping(
                      (TreeNode.Mapping) after, slot.column() + layout.mappingStep()));
    } else {
      written =
          layout.newline()
              + trimLine(
                  render.yamlSequence(
                      (TreeNode.Sequence) after, slot.column() + layout.sequenceIndent()));
    }
    replace(from, end, written);
  }

  private static boolean isEmpty(TreeNode value) {
    return (value instanceof TreeNode.Mapping && ((TreeNode.Mapping) value).size() == 0)
        || (value instanceof TreeNode.Sequence && ((TreeNode.Sequence) value).size() == 0);
  }

  private String trimLine(String lines) {
    String newline = layout.newline();
    return lines.endsWith(newline) ? lines.substring(0, lines.length() - newline.length()) : lines;
  }

  /**
   * Edits an object field by field. Returns false, having changed nothing, when the edit cannot be
   * made field by field (every field goes, or a field must go before the first key of a list item
   * written after its dash), so that the caller replaces the object whole.
   */
  private boolean mapping(
      TreeNode.Mapping file, TreeNode.Mapping before, TreeNode.Mapping after, Slot slot) {
    int n = file.size();
    boolean flow = layout.isFlow(file);
    boolean[] deleted = new boolean[n];
    if (before != null) {
      for (int i = 0; i < before.size(); i++) {
        int at = file.indexOf(before.key(i));
        if (after.indexOf(before.key(i)) < 0 && at >= 0) {
          deleted[at] = true;
        }
      }
    }
    List<List<Integer>> inserted = new ArrayList<>();
    for (int g = 0; g <= n; g++) {
      inserted.add(new ArrayList<>());
    }
    for (int i = 0; i < after.size(); i++) {
      if (file.indexOf(after.key(i)) < 0) {
        inserted.get(gap(file, after, i, deleted)).add(i);
      }
    }
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = layout.keyStart(file, i);
      ends[i] = Math.max(starts[i] + 1, layout.extentEnd(file.value(i)));
    }
    if (allGone(deleted) || (!flow && !blockEditable(starts, deleted, inserted))) {
      return false;
    }
    for (int i = 0; i < after.size(); i++) {
      int at = file.indexOf(after.key(i));
      if (at >= 0) {
        TreeNode old = before == null ? null : before.value(after.key(i));
        edit(file.value(at), old, after.value(i), fieldSlot(file, at, flow));
      }
    }
    List<List<String>> texts = new ArrayList<>();
    int column = layout.column(starts[0]);
    boolean oneLine = layout.oneLine(file);
    for (List<Integer> gap : inserted) {
      List<String> written = new ArrayList<>();
      for (int i : gap) {
        if (!flow) {
          written.add(render.yamlField(after.key(i), after.value(i), column));
        } else if (layout.isYaml()) {
          written.add(
              ScalarText.yamlKey(after.key(i), true)
                  + ": "
                  + render.yamlInline(after.value(i), true, column + 2));
        } else {
          written.add(
              render.jsonField(after.key(i), after.value(i), layout.indentOf(starts[0]), oneLine));
        }
      }
      texts.add(written);
    }
    items(file, starts, ends, deleted, texts, flow);
    return true;
  }

  /**
   * Returns where a new field goes: after the nearest field before it in the canonical order that
   * the file keeps, else before the nearest one after it, else at the end.
   */
  private static int gap(
      TreeNode.Mapping file, TreeNode.Mapping after, int field, boolean[] deleted) {
    for (int j = field - 1; j >= 0; j--) {
      int at = file.indexOf(after.key(j));
      if (at >= 0 && !deleted[at]) {
        return at + 1;
      }
    }
    for (int j = field + 1; j < after.size(); j++) {
      int at = file.indexOf(after.key(j));
      if (at >= 0 && !deleted[at]) {
        return at;
      }
    }
    for (int at = deleted.length - 1; at >= 0; at--) {
      if (!deleted[at]) {
        return at + 1;
      }
    }
    return deleted.length;
  }

  private static boolean allGone(boolean[] deleted) {
    for (boolean gone : deleted) {
      if (!gone) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether lines can be removed and added around the items of a YAML block: each removed
   * item, and the first item when something goes before it, must start its line.
   */
  private boolean blockEditable(int[] starts, boolean[] deleted, List<? extends List<?>> inserted) {
    for (int i = 0; i < starts.length; i++) {
      if (deleted[i] && !layout.startsLine(starts[i])) {
        return false;
      }
    }
    return inserted.get(0).isEmpty() || layout.startsLine(starts[0]);
  }

  private Slot fieldSlot(TreeNode.Mapping file, int field, boolean flow) {
    int key = layout.keyStart(file, field);
    return flow
        ? new Slot(Place.FLOW, layout.indentOf(key))
        : new Slot(Place.FIELD, layout.column(key));
  }

  /**
   * Edits a list item by item: the two canonical versions are matched (by id, or by whole value),
   * matched items are edited in place, and where the same number of items is unmatched between two
   * matches they are edited in place too, pairwise; the rest are removed or added.
   */
  private boolean sequence(
      TreeNode.Sequence file, TreeNode.Sequence before, TreeNode.Sequence after, Slot slot) {
    int n = file.size();
    int m = after.size();
    boolean flow = layout.isFlow(file);
    int[] partner = match(before, after);
    boolean[] deleted = new boolean[n];
    List<List<Integer>> inserted = new ArrayList<>();
    for (int g = 0; g <= n; g++) {
      inserted.add(new ArrayList<>());
    }
    List<int[]> pairs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      int nextI = i;
      while (nextI < n && partner[nextI] < 0) {
        nextI++;
      }
      int nextJ = nextI < n ? partner[nextI] : m;
      if (nextI - i == nextJ - j) {
        for (int k = 0; k < nextI - i; k++) {
          pairs.add(new int[] {i + k, j + k});
        }
      } else {
        for (int k = i; k < nextI; k++) {
          deleted[k] = true;
        }
        for (int k = j; k < nextJ; k++) {
          inserted.get(nextI > 0 ? nextI : 0).add(k);
        }
      }
      if (nextI < n) {
        pairs.add(new int[] {nextI, nextJ});
      }
      i = nextI + 1;
      j = nextJ + 1;
    }
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int k = 0; k < n; k++) {
      TreeNode item = file.item(k);
      starts[k] = flow ? layout.start(item) : layout.dash(item);
      ends[k] = layout.extentEnd(item);
    }
    if ((allGone(deleted) && totalSize(inserted) == 0)
        || (!flow && !blockEditable(starts, deleted, inserted))) {
      return false;
    }
    for (int[] pair : pairs) {
      TreeNode item = file.item(pair[0]);
      Slot itemSlot =
          flow
              ? new Slot(Place.FLOW, layout.indentOf(layout.start(item)))
              : new Slot(Place.ITEM, layout.column(starts[pair[0]]));
      edit(item, before.item(pair[0]), after.item(pair[1]), itemSlot);
    }
    List<List<String>> texts = new ArrayList<>();
    boolean oneLine = layout.oneLine(file);
    for (int g = 0; g <= n; g++) {
      List<String> written = new ArrayList<>();
      TreeNode neighbour = file.item(Math.max(0, Math.min(n - 1, g - 1)));
      boolean inBrackets = !(neighbour instanceof TreeNode.Scalar) && layout.isFlow(neighbour);
      for (int k : inserted.get(g)) {
        TreeNode item = after.item(k);
        if (!flow) {
          written.add(render.yamlItem(item, layout.column(starts[0]), inBrackets));
        } else if (layout.isYaml()) {
          written.add(render.yamlInline(item, true, layout.column(starts[0]) + 2));
        } else {
          written.add(render.json(item, layout.indentOf(starts[0]), oneLine));
        }
      }
      texts.add(written);
    }
    items(file, starts, ends, deleted, texts, flow);
    return true;
  }

  private static int totalSize(List<? extends List<?>> lists) {
    return lists.stream().mapToInt(List::size).sum();
  }

  /**
   * Pairs the items of two versions of a list: the longest common subsequence of their keys, after
   * their common ends; lists too long for that are matched by their common ends only.
   *
   * @return for each item before, the position of its partner after, or -1
   */
  private static int[] match(TreeNode.Sequence before, TreeNode.Sequence after) {
    int n = before.size();
    int m = after.size();
    String[] a = new String[n];
    String[] b = new String[m];
    for (int i = 0; i < n; i++) {
      a[i] = TreeNodes.key(before.item(i));
    }
    for (int j = 0; j < m; j++) {
      b[j] = TreeNodes.key(after.item(j));
    }
    int[] partner = new int[n];
    Arrays.fill(partner, -1);
    int head = 0;
    while (head < n && head < m && a[head].equals(b[head])) {
      partner[head] = head;
      head++;
    }
    int tail = 0;
    while (tail < n - head && tail < m - head && a[n - 1 - tail].equals(b[m - 1 - tail])) {
      partner[n - 1 - tail] = m - 1 - tail;
      tail++;
    }
    int rows = n - head - tail;
    int columns = m - head - tail;
    if (rows == 0 || columns == 0 || (long) rows * columns > MAX_MATCH_CELLS) {
      return partner;
    }
    int[][] lengths = new int[rows + 1][columns + 1];
    for (int i = rows - 1; i >= 0; i--) {
      for (int j = columns - 1; j >= 0; j--) {
        lengths[i][j] =
            a[head + i].equals(b[head + j])
                ? lengths[i + 1][j + 1] + 1
                : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < rows && j < columns) {
      if (a[head + i].equals(b[head + j])) {
        partner[head + i] = head + j;
        i++;
        j++;
      } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return partner;
  }

  /**
   * Removes and adds the items of an object or list. In a YAML block, an item is its lines; in
   * brackets (YAML flow or JSON), the text between the items kept is written again with the file's
   * own separator.
   *
   * @param container the object or list
   * @param starts where each item starts
   * @param ends where each item's text ends
   * @param deleted which items go
   * @param inserted for each gap (before item g; the last after every item), the new items' text
   * @param flow whether the items are in brackets
   */
  private void items(
      TreeNode container,
      int[] starts,
      int[] ends,
      boolean[] deleted,
      List<List<String>> inserted,
      boolean flow) {
    int n = starts.length;
    if (!flow) {
      for (int i = 0; i < n; i++) {
        if (deleted[i]) {
          replace(layout.lineStart(starts[i]), layout.lineEndAfter(ends[i]), "");
        }
      }
      for (int g = 0; g <= n; g++) {
        if (!inserted.get(g).isEmpty()) {
          int at = g == 0 ? layout.lineStart(starts[0]) : layout.lineEndAfter(ends[g - 1]);
          String lines = String.join("", inserted.get(g));
          replace(
              at,
              at,
              at == text.length() && !text.endsWith("\n") ? layout.newline() + lines : lines);
        }
      }
      return;
    }
    String separator = separator(container, starts, ends);
    int previous = -1;
    for (int next = 0; next <= n; next++) {
      if (next < n && deleted[next]) {
        continue;
      }
      List<String> added = new ArrayList<>();
      boolean removed = false;
      for (int g = previous + 1; g <= next; g++) {
        added.addAll(inserted.get(g));
        removed |= g < next && deleted[g];
      }
      if (added.isEmpty() && !removed) {
        previous = next;
        continue;
      }
      String joined = String.join(separator, added);
      if (previous >= 0 && next < n) {
        if (removed) {
          replace(
              ends[previous],
              starts[next],
              separator + (added.isEmpty() ? "" : joined + separator));
        } else {
          replace(ends[previous], ends[previous], separator + joined);
        }
      } else if (previous < 0 && next < n) {
        replace(
            starts[0],
            removed ? starts[next] : starts[0],
            added.isEmpty() ? "" : joined + separator);
      } else if (previous >= 0) {
        replace(
            ends[previous],
            removed ? ends[n - 1] : ends[previous],
            added.isEmpty() ? "" : separator + joined);
      } else {
        replace(starts[0], ends[n - 1], joined);
      }
      previous = next;
    }
  }

  /** The text between items in brackets, as the file writes it; or a comma and what fits. */
  private String separator(TreeNode container, int[] starts, int[] ends) {
    if (starts.length >= 2) {
      String between = text.substring(ends[0], starts[1]);
      if (between.indexOf(',') >= 0 && between.indexOf('#') < 0) {
        return between;
      }
    }
    if (layout.oneLine(container)) {
      return ", ";
    }
    return "," + layout.newline() + " ".repeat(layout.column(starts[0]));
  }
}
