package org.socialstrategy.model;

import java.util.List;

/**
 * What a generated builder throws when required attributes are not set, naming them as its
 * attributes are named in code ({@code channel}, {@code function}). Each public builder catches it
 * and throws a {@link MissingAttributesException} that says what is missing in business words; this
 * type never reaches users.
 *
 * <p>The two public constructors are the contract of Immutables' {@code
 * throwForInvalidImmutableState}: the one taking names is used for missing attributes, the one
 * taking a message for any other state a generated builder refuses.
 */
final class MissingAttributes extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> names;

  /**
   * Returns the exception for missing required attributes.
   *
   * @param names the attributes' names in code, in declaration order
   */
  public MissingAttributes(String... names) {
    super("missing " + String.join(", ", names));
    this.names = List.of(names);
  }

  /**
   * Returns the exception for another state a generated builder refuses.
   *
   * @param message what is wrong
   */
  public MissingAttributes(String message) {
    super(message);
    this.names = List.of();
  }

  /** The missing attributes' names in code, in declaration order; empty for another state. */
  List<String> names() {
    return names;
  }
}
