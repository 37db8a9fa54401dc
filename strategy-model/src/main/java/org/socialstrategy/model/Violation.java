package org.socialstrategy.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken intrinsic invariant: where it is, what kind of rule it breaks, what is wrong, and
 * where a likely fix is known (a near-miss id), a hint.
 */
public final class Violation {

  private final StrategyPath path;
  private final ViolationKind kind;
  private final String message;
  private final String hint;

  private Violation(StrategyPath path, ViolationKind kind, String message, String hint) {
    this.path = Objects.requireNonNull(path, "path");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.message = Objects.requireNonNull(message, "message");
    this.hint = hint;
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
    return new Violation(path, kind, message, null);
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
    return new Violation(path, kind, message, Objects.requireNonNull(hint, "hint"));
  }

  /**
   * Returns where the violation is.
   *
   * @return the path
   */
  public StrategyPath path() {
    return path;
  }

  /**
   * Returns the kind of rule broken.
   *
   * @return the kind
   */
  public ViolationKind kind() {
    return kind;
  }

  /**
   * Returns what is wrong, e.g. {@code "unknown goal 'grow-revnue'"}.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns a likely fix.
   *
   * @return the hint, if one is known
   */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation
        && path.equals(((Violation) other).path)
        && kind == ((Violation) other).kind
        && message.equals(((Violation) other).message)
        && Objects.equals(hint, ((Violation) other).hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, kind, message, hint);
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
