package org.socialstrategy.model;

import java.util.Objects;

/**
 * A type-safe identifier of one kind of strategy element: a {@link GoalId} can never be passed
 * where a {@link TacticId} is meant.
 *
 * <p>Any text is accepted when an id is made; whether it is blank, or unique among its kind, is an
 * invariant of the {@link Strategy} and is reported with the other violations when a strategy is
 * built. Two ids are equal when they are of the same kind and have the same text.
 */
public abstract sealed class Identifier implements Comparable<Identifier>
    permits GoalId, MetricId, TacticId, StakeholderId, InitiativeId, PlatformId, GuidelineId {

  private final String value;

  Identifier(String value) {
    this.value = Objects.requireNonNull(value, "id");
  }

  /**
   * Returns the id's text, as written in a strategy file.
   *
   * @return the text of this id
   */
  public final String value() {
    return value;
  }

  /**
   * Returns the kind of element this id names, in the words messages use ({@code "goal"}, {@code
   * "tactic"}, ...).
   *
   * @return the element kind
   */
  public abstract String kind();

  /**
   * Tells whether the text is empty or only white space, which no strategy accepts.
   *
   * @return true when the id is blank
   */
  public final boolean isBlank() {
    return value.isBlank();
  }

  /**
   * Orders ids by kind, then by text.
   *
   * @param other the id to compare with
   * @return a negative number, zero or a positive number as this id sorts before, with or after
   */
  @Override
  public final int compareTo(Identifier other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : value.compareTo(other.value);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && value.equals(((Identifier) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the id's text. */
  @Override
  public final String toString() {
    return value;
  }
}
