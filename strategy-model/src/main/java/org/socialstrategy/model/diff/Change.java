package org.socialstrategy.model.diff;

import java.util.Objects;
import java.util.Optional;
import org.socialstrategy.model.StrategyPath;

/**
 * One difference between two versions of a strategy: where it is, what kind of change it is, and
 * the value before and after, written as people read them ({@code 5,000.00 USD}, {@code 2027-04-01
 * to 2029-12-31}). An added element has only an after value, a removed one only a before value.
 *
 * <p>Paths name elements by id, {@code tactics[fb-shop].cost}, since positions move between
 * versions; elements without ids are named by what identifies them: {@code
 * goals[grow].objectives[net-new-customers]}, {@code observations[2027-Q1 net-new-customers
 * fb-shop]}.
 *
 * @param path where the change is
 * @param kind whether something was added, removed or changed
 * @param before the value before, empty for an addition
 * @param after the value after, empty for a removal
 */
public record Change(
    StrategyPath path, ChangeKind kind, Optional<String> before, Optional<String> after) {

  /**
   * Checks that the values fit the kind of change.
   *
   * @param path where the change is
   * @param kind whether something was added, removed or changed
   * @param before the value before, empty for an addition
   * @param after the value after, empty for a removal
   * @throws IllegalArgumentException if an addition has a before value, a removal an after value,
   *     or a change lacks either
   */
  public Change {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isPresent() != (kind != ChangeKind.ADDED)
        || after.isPresent() != (kind != ChangeKind.REMOVED)) {
      throw new IllegalArgumentException(
          "a change of kind " + kind + " at " + path + " has the wrong values: " + before + after);
    }
  }

  /**
   * Returns the part of the strategy the change is in: the first field of its path, such as {@code
   * tactics} or {@code governance}.
   *
   * @return the area
   */
  public String area() {
    return path.segments().get(0).name();
  }

  /**
   * Returns the values of the change as people read them: the new value of an addition, the old
   * value of a removal, {@code before -> after} for a change.
   *
   * @return the values
   */
  public String values() {
    return switch (kind) {
      case ADDED -> after.orElseThrow();
      case REMOVED -> before.orElseThrow();
      default -> before.orElseThrow() + " -> " + after.orElseThrow();
    };
  }

  /**
   * Returns the change as one line: {@code ~ tactics[fb-shop].cost: 5,000.00 USD -> 6,000.00 USD},
   * {@code + tactics[tiktok]: TikTok launch}, {@code - goals[old]: Old goal}.
   */
  @Override
  public String toString() {
    return kind.mark() + " " + path + ": " + values();
  }
}
