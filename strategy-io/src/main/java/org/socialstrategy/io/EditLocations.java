package org.socialstrategy.io;

import java.util.List;
import org.socialstrategy.model.StrategyPath;

/**
 * Places the problems of an edit in the file being edited. A path into the edited tree names list
 * items by position, and positions move when an edit adds or removes items; elements with ids are
 * therefore named by id (as findings name them) and found by id in the file, so a problem points at
 * the element it is about, not at whatever took its position.
 */
final class EditLocations {

  private EditLocations() {}

  /**
   * Returns a path with each list item that has an id named by it, as the tree has them.
   *
   * @param tree the tree the path leads into
   * @param path a path with positions
   * @return the same path, items with ids carrying them
   */
  static StrategyPath withIds(TreeNode tree, StrategyPath path) {
    StrategyPath named = StrategyPath.ROOT;
    TreeNode node = tree;
    for (StrategyPath.Segment segment : path.segments()) {
      TreeNode field =
          node instanceof TreeNode.Mapping ? ((TreeNode.Mapping) node).value(segment.name()) : null;
      if (segment.position().isPresent() && field instanceof TreeNode.Sequence) {
        int position = segment.position().getAsInt();
        TreeNode.Sequence items = (TreeNode.Sequence) field;
        node = position < items.size() ? items.item(position) : null;
        String id = id(node);
        named =
            id == null
                ? named.index(segment.name(), position)
                : named.element(segment.name(), position, id);
      } else {
        named = TreeLocator.append(named, segment);
        node =
            segment.key().isPresent() && field instanceof TreeNode.Mapping
                ? ((TreeNode.Mapping) field).value(segment.key().get())
                : field;
      }
    }
    return named;
  }

  /**
   * Finds where the element a path names is written in a file, finding list items with ids by id.
   *
   * @param file the file's located tree
   * @param path a path, items with ids named by them
   * @return the line and column of the element, or of the nearest one the file has
   */
  static TreeLocator.Location locate(TreeNode file, StrategyPath path) {
    StrategyPath positional = StrategyPath.ROOT;
    TreeNode node = file;
    List<StrategyPath.Segment> segments = path.segments();
    for (StrategyPath.Segment segment : segments) {
      TreeNode field =
          node instanceof TreeNode.Mapping ? ((TreeNode.Mapping) node).value(segment.name()) : null;
      if (segment.position().isPresent() && segment.key().isPresent()) {
        int position = find(field, segment.key().get());
        if (position < 0) {
          positional = positional.field(segment.name());
          break;
        }
        positional = positional.index(segment.name(), position);
        node = ((TreeNode.Sequence) field).item(position);
      } else {
        positional = TreeLocator.append(positional, segment);
        node =
            segment.position().isPresent() && field instanceof TreeNode.Sequence
                ? item((TreeNode.Sequence) field, segment.position().getAsInt())
                : field;
      }
    }
    return TreeLocator.locate(file, positional);
  }

  private static TreeNode item(TreeNode.Sequence items, int position) {
    return position < items.size() ? items.item(position) : null;
  }

  private static int find(TreeNode field, String id) {
    if (field instanceof TreeNode.Sequence) {
      TreeNode.Sequence items = (TreeNode.Sequence) field;
      for (int i = 0; i < items.size(); i++) {
        if (id.equals(id(items.item(i)))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String id(TreeNode item) {
    if (item instanceof TreeNode.Mapping) {
      TreeNode id = ((TreeNode.Mapping) item).value("id");
      if (id instanceof TreeNode.Scalar) {
        return ((TreeNode.Scalar) id).text();
      }
    }
    return null;
  }
}
