package org.socialstrategy.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken intrinsic invariant: where it is, what kind of rule it breaks, what is wrong, and
 * where a likely fix is known (a near-miss id), a hint.
 *
 * @param path where it is
 * @param kind the kind of rule broken
 * @param message what is wrong, lower case, naming the value, e.g. {@code "unknown goal
 *     'grow-revnue'"}
 * @param hint a likely fix, such as {@code "did you mean 'grow-revenue'?"}, if one is known
 */
public record Violation(
    StrategyPath path, ViolationKind kind, String message, Optional<String> hint) {

  /**
   * Checks that every part is given.
   *
   * @param path where it is
   * @param kind the kind of rule broken
   * @param message what is wrong
   * @param hint a likely fix, if one is known
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * Returns a violation.
   *
   * @param path where it is
   * @param kind the kind of rule broken
   * @param message what is wrong, lower case, naming the value
   * @return the violation
   */
  public static Violation of(StrategyPath path, ViolationKind kind, String message) {
    return new Violation(path, kind, message, Optional.empty());
  }

  /**
   * Returns a violation with a hint.
   *
   * @param path where it is
   * @param kind the kind of rule broken
   * @param message what is wrong, lower case, naming the value
   * @param hint a likely fix, such as {@code "did you mean 'grow-revenue'?"}
   * @return the violation
   */
  public static Violation of(StrategyPath path, ViolationKind kind, String message, String hint) {
    return new Violation(path, kind, message, Optional.of(Objects.requireNonNull(hint, "hint")));
  }

  /**
   * Returns the path and the message, e.g. {@code "tactics[fb-contest].supports[0]: unknown goal
   * 'grow-revnue'"}.
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
