package org.socialstrategy.io;

import org.socialstrategy.model.StrategyPath;

/**
 * Where a value of a file is, as a step from where its parent is: the {@link StrategyPath} is made
 * only when a problem or a taint asks for it, since most values have neither and a file has
 * millions of them.
 */
final class TreePath {

  /** The document itself. */
  static final TreePath ROOT = at(StrategyPath.ROOT);

  private final TreePath parent;
  private final String name;
  private final int position;
  private final String key;
  private StrategyPath path;

  private TreePath(TreePath parent, String name, int position, String key, StrategyPath path) {
    this.parent = parent;
    this.name = name;
    this.position = position;
    this.key = key;
    this.path = path;
  }

  /**
   * Returns the place of a path already made.
   *
   * @param path the path
   * @return its place
   */
  static TreePath at(StrategyPath path) {
    return new TreePath(null, null, -1, null, path);
  }

  /**
   * Returns the place of a field of the object here.
   *
   * @param name the field
   * @return its place
   */
  TreePath field(String name) {
    return new TreePath(this, name, -1, null, null);
  }

  /**
   * Returns the place of an item of a list field of the object here.
   *
   * @param name the list field
   * @param position the item's position
   * @return its place
   */
  TreePath index(String name, int position) {
    return new TreePath(this, name, position, null, null);
  }

  /**
   * Returns the place of an entry of a map field of the object here.
   *
   * @param name the map field
   * @param key the entry's key
   * @return its place
   */
  TreePath key(String name, String key) {
    return new TreePath(this, name, -1, key, null);
  }

  /**
   * Returns the path of a field of the object here, or of this place when the field is null.
   *
   * @param field the field, or null
   * @return the path
   */
  StrategyPath path(String field) {
    return field == null ? path() : path().field(field);
  }

  /**
   * Returns the path, made once.
   *
   * @return the path
   */
  StrategyPath path() {
    if (path == null) {
      StrategyPath above = parent.path();
      if (key != null) {
        path = above.key(name, key);
      } else if (position >= 0) {
        path = above.index(name, position);
      } else {
        path = above.field(name);
      }
    }
    return path;
  }
}
