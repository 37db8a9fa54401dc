package org.socialstrategy.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a finding or a suppression is about: a kind of element and, for kinds with ids, the id.
 * Written as {@code tactic:fb-contest}, or just {@code strategy} for the one-per-strategy kinds.
 *
 * <p>A class rather than a record: as a record it would hold its id as the {@code Optional} that
 * {@link #id()} returns, one more object for each of the findings a validation makes.
 */
public final class Subject {

  /** The strategy as a whole. */
  public static final Subject STRATEGY = new Subject(SubjectKind.STRATEGY, null);

  private final SubjectKind kind;
  private final String id;

  private Subject(SubjectKind kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /**
   * Returns the subject for a kind that occurs once per strategy, such as the roadmap.
   *
   * @param kind the kind, one without ids
   * @return the subject
   * @throws IllegalArgumentException if subjects of the kind have ids
   */
  public static Subject of(SubjectKind kind) {
    if (kind.isIdentified()) {
      throw new IllegalArgumentException("a " + kind.key() + " subject needs an id");
    }
    return new Subject(kind, null);
  }

  /**
   * Returns the subject for an element with an id.
   *
   * @param kind the kind, one with ids
   * @param id the element's id
   * @return the subject
   * @throws IllegalArgumentException if subjects of the kind have no ids
   */
  public static Subject of(SubjectKind kind, String id) {
    if (!kind.isIdentified()) {
      throw new IllegalArgumentException("a " + kind.key() + " subject has no id");
    }
    return new Subject(kind, Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the subject for the element an id names.
   *
   * @param id the element's id
   * @return the subject
   */
  public static Subject of(Identifier id) {
    SubjectKind kind;
    if (id instanceof TacticId) {
      kind = SubjectKind.TACTIC;
    } else if (id instanceof GoalId) {
      kind = SubjectKind.GOAL;
    } else if (id instanceof MetricId) {
      kind = SubjectKind.METRIC;
    } else if (id instanceof StakeholderId) {
      kind = SubjectKind.STAKEHOLDER;
    } else if (id instanceof InitiativeId) {
      kind = SubjectKind.INITIATIVE;
    } else if (id instanceof PlatformId) {
      kind = SubjectKind.PLATFORM;
    } else {
      kind = SubjectKind.GUIDELINE;
    }
    return new Subject(kind, id.value());
  }

  /**
   * Parses a subject written as {@code kind:id}, or {@code kind} for kinds without ids.
   *
   * @param text the subject, e.g. {@code "tactic:fb-contest"}
   * @return the subject
   * @throws IllegalArgumentException if the kind is unknown or the id is missing or superfluous
   */
  public static Subject parse(String text) {
    int colon = text.indexOf(':');
    String kindText = colon < 0 ? text.strip() : text.substring(0, colon).strip();
    SubjectKind kind;
    try {
      kind = SubjectKind.valueOf(kindText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown subject kind: '" + kindText + "'", e);
    }
    return colon < 0 ? of(kind) : of(kind, text.substring(colon + 1).strip());
  }

  /**
   * Returns the kind of element.
   *
   * @return the kind
   */
  public SubjectKind kind() {
    return kind;
  }

  /**
   * Returns the element's id.
   *
   * @return the id, empty for kinds without ids
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Subject
        && kind == ((Subject) other).kind
        && Objects.equals(id, ((Subject) other).id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id);
  }

  /** Returns {@code kind:id}, or {@code kind} for kinds without ids. */
  @Override
  public String toString() {
    return id == null ? kind.key() : kind.key() + ":" + id;
  }
}
