package org.socialstrategy.io;

import java.util.List;
import org.socialstrategy.model.StrategyPath;

/**
 * Maps a path of the model back to the file: a violation's path names elements by id and position,
 * the file by position, so positions lead from the root to the line and column.
 */
final class TreeLocator {

  private TreeLocator() {}

  /**
   * A line and a column.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   */
  record Location(int line, int column) {}

  /**
   * Returns the path as the file names it: list elements by position, map entries by key.
   *
   * @param path a path of the model
   * @return the same path without ids
   */
  static StrategyPath inFile(StrategyPath path) {
    StrategyPath inFile = StrategyPath.ROOT;
    for (StrategyPath.Segment segment : path.segments()) {
      inFile = append(inFile, segment);
    }
    return inFile;
  }

  /** Appends a segment to a path, keeping its position (or else its key) and dropping its id. */
  static StrategyPath append(StrategyPath path, StrategyPath.Segment segment) {
    if (segment.position().isPresent()) {
      return path.index(segment.name(), segment.position().getAsInt());
    }
    return segment.key().isPresent()
        ? path.key(segment.name(), segment.key().get())
        : path.field(segment.name());
  }

  /**
   * Returns the path of an item of the list a path names: {@code x-tags} gives {@code x-tags[2]}.
   *
   * @param list the list's path, not the root
   * @param position the item's position
   * @return the item's path
   */
  static StrategyPath item(StrategyPath list, int position) {
    List<StrategyPath.Segment> segments = list.segments();
    StrategyPath.Segment last = segments.get(segments.size() - 1);
    if (last.position().isPresent() || last.key().isPresent()) {
      return list.index("", position);
    }
    StrategyPath parent = StrategyPath.ROOT;
    for (StrategyPath.Segment segment : segments.subList(0, segments.size() - 1)) {
      parent = append(parent, segment);
    }
    return parent.index(last.name(), position);
  }

  /**
   * Finds where the element a path names is written: a scalar value where it starts, an object or
   * list at its key or item. A path that leads further than the file goes stops at the last element
   * found.
   *
   * @param root the document
   * @param path the path, in the file's terms
   * @return the location
   */
  static Location locate(TreeNode root, StrategyPath path) {
    TreeNode current = root;
    int line = root.line();
    int column = root.column();
    boolean reached = true;
    for (StrategyPath.Segment segment : path.segments()) {
      if (!(current instanceof TreeNode.Mapping)) {
        reached = false;
        break;
      }
      boolean extension = segment.name().equals("extensions") && segment.key().isPresent();
      TreeNode.Field field =
          ((TreeNode.Mapping) current).field(extension ? segment.key().get() : segment.name());
      if (field == null) {
        reached = false;
        break;
      }
      line = field.line();
      column = field.column();
      current = field.value();
      if (segment.position().isPresent()) {
        int position = segment.position().getAsInt();
        if (!(current instanceof TreeNode.Sequence)
            || position >= ((TreeNode.Sequence) current).size()) {
          reached = false;
          break;
        }
        current = ((TreeNode.Sequence) current).item(position);
        line = current.line();
        column = current.column();
      } else if (segment.key().isPresent() && !extension) {
        TreeNode.Field entry =
            current instanceof TreeNode.Mapping
                ? ((TreeNode.Mapping) current).field(segment.key().get())
                : null;
        if (entry == null) {
          reached = false;
          break;
        }
        line = entry.line();
        column = entry.column();
        current = entry.value();
      }
    }
    if (reached && current instanceof TreeNode.Scalar) {
      line = current.line();
      column = current.column();
    }
    return new Location(line, column);
  }
}
