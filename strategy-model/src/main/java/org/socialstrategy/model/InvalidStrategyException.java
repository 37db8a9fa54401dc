package org.socialstrategy.model;

import java.util.List;

/**
 * Thrown when a strategy breaks intrinsic invariants; carries every violation found, not only the
 * first, each with its path.
 */
public final class InvalidStrategyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many violations the message lists; {@link #violations()} always has all. */
  static final int MAX_LISTED = 50;

  private final transient List<Violation> violations;

  /**
   * Returns an exception for the given violations.
   *
   * @param violations the violations, at least one
   * @throws IllegalArgumentException if there are none
   */
  public InvalidStrategyException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns every violation, in the order the strategy was checked.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid strategy has at least one violation");
    }
    int count = violations.size();
    StringBuilder message =
        new StringBuilder("invalid strategy: ")
            .append(count)
            .append(count == 1 ? " problem" : " problems");
    for (Violation violation : violations.subList(0, Math.min(count, MAX_LISTED))) {
      message.append("\n").append("  ").append(violation);
      violation.hint().ifPresent(hint -> message.append(" (").append(hint).append(')'));
    }
    if (count > MAX_LISTED) {
      message.append("\n").append("  ... and ").append(count - MAX_LISTED).append(" more");
    }
    return message.toString();
  }
}
