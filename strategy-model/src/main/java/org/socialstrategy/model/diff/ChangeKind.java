package org.socialstrategy.model.diff;

/** How an element or a value changed between two versions of a strategy. */
public enum ChangeKind {
  /** The element or value is new: only the later version has it. */
  ADDED,
  /** The element or value is gone: only the earlier version has it. */
  REMOVED,
  /** Both versions have it, with different values (or, for a list, in a different order). */
  CHANGED;

  /**
   * Returns the mark a diff line starts with: {@code +}, {@code -} or {@code ~}.
   *
   * @return the mark
   */
  public String mark() {
    return switch (this) {
      case ADDED -> "+";
      case REMOVED -> "-";
      default -> "~";
    };
  }
}
