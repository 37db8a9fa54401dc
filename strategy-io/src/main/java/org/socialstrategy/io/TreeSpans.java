package org.socialstrategy.io;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each value of a document starts and ends in its text, and where each key of an object
 * starts: what an editor needs to rewrite one value and leave the rest of the text alone. The tree
 * reader fills it only when asked ({@link TreeReader#read(java.io.Reader, StrategyFormat,
 * ReadOptions, ProblemCollector, TreeSpans)}), so reading for validation keeps no offsets and pays
 * one null check per value.
 *
 * <p>Offsets are the parser's: characters for JSON, code points for YAML (snakeyaml counts code
 * points). {@link TextLayout} turns them into character offsets. For a YAML block collection the
 * end is where the next token starts, which says nothing useful; the editor works out the end of a
 * block from its last value.
 */
final class TreeSpans {

  private final Map<TreeNode, int[]> spans = new IdentityHashMap<>();

  /**
   * Records where a scalar, list or object starts and ends.
   *
   * @param node the value
   * @param start its first offset
   * @param end the offset after it
   */
  void record(TreeNode node, long start, long end) {
    spans.put(node, new int[] {(int) start, (int) end});
  }

  /**
   * Records where an object starts and ends, and where each of its keys starts.
   *
   * @param node the object
   * @param start its first offset
   * @param end the offset after it
   * @param keys the offset of each key, in field order
   */
  void record(TreeNode.Mapping node, long start, long end, int[] keys) {
    int[] span = new int[2 + keys.length];
    span[0] = (int) start;
    span[1] = (int) end;
    System.arraycopy(keys, 0, span, 2, keys.length);
    spans.put(node, span);
  }

  /**
   * Returns the offset a value starts at.
   *
   * @param node a value of the document
   * @return its first offset
   */
  int start(TreeNode node) {
    return span(node)[0];
  }

  /**
   * Returns the offset after a value.
   *
   * @param node a value of the document
   * @return the offset after it
   */
  int end(TreeNode node) {
    return span(node)[1];
  }

  /**
   * Returns the offset a key of an object starts at.
   *
   * @param node the object
   * @param field the field's position
   * @return the key's first offset
   */
  int keyStart(TreeNode.Mapping node, int field) {
    return span(node)[2 + field];
  }

  private int[] span(TreeNode node) {
    int[] span = spans.get(node);
    if (span == null) {
      throw new IllegalArgumentException("not a value of the document read: " + node);
    }
    return span;
  }
}
