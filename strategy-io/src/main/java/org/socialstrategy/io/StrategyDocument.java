package org.socialstrategy.io;

import java.util.Objects;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.StrategyPath;

/**
 * A strategy read from a file, with the file's layout kept so that any path into the strategy (a
 * finding's, a violation's) can be pointed at a line and column, as a compiler points at code.
 * {@link StrategyFiles#load(java.nio.file.Path)} makes one; {@link StrategyFiles#read} keeps only
 * the strategy, which needs less memory.
 */
public final class StrategyDocument {

  private final Strategy strategy;
  private final String source;
  private final TreeNode root;

  StrategyDocument(Strategy strategy, String source, TreeNode root) {
    this.strategy = Objects.requireNonNull(strategy, "strategy");
    this.source = Objects.requireNonNull(source, "source");
    this.root = Objects.requireNonNull(root, "root");
  }

  /**
   * Returns the strategy.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Returns the name the file was read under, such as {@code retail.yaml}.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Finds where an element of the strategy is written: a value where it starts, an object or a list
   * at its key or item. For an element the file leaves out (a strategy without a vision, say) it
   * gives the nearest element that is written, so every path has a place.
   *
   * @param path a path into the strategy, such as a finding's
   * @return the line and column
   */
  public FilePosition locate(StrategyPath path) {
    TreeLocator.Location location = TreeLocator.locate(root, path);
    return new FilePosition(location.line(), location.column());
  }

  TreeNode root() {
    return root;
  }

  @Override
  public String toString() {
    return source + ": " + strategy;
  }
}
