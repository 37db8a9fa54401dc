package org.socialstrategy.model;

import java.util.List;

/**
 * Thrown by a builder asked to build before every required attribute is set. The message names what
 * is missing in business words, and the element's id when it is known: {@code tactic 'fb-shop'
 * needs a channel and a business function}. A programming mistake rather than bad input, so it is
 * an {@link IllegalStateException}; strategy files report missing fields with their line and column
 * instead.
 */
public final class MissingAttributesException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> attributes;

  MissingAttributesException(String message, List<String> attributes) {
    super(message);
    this.attributes = List.copyOf(attributes);
  }

  /**
   * Returns the missing attributes, named as the builder methods that set them (such as {@code
   * channel} and {@code function}), in the order the type declares them.
   *
   * @return the missing attributes' names, at least one
   */
  public List<String> attributes() {
    return attributes;
  }
}
