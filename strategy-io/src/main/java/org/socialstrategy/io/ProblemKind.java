package org.socialstrategy.io;

/** The kinds of problem a strategy or observations file can have. */
public enum ProblemKind {
  /** The file cannot be read at all: it is missing, a folder, not readable, or not UTF-8 text. */
  UNREADABLE,
  /** The text is not well-formed JSON, YAML or CSV. */
  SYNTAX,
  /**
   * The YAML uses a feature strategy files leave out: anchors, aliases, tags, several documents.
   */
  UNSUPPORTED_YAML,
  /** The file exceeds a limit of {@link ReadOptions}: size, nesting, text or number length. */
  LIMIT,
  /** The file is in a format version this library does not read. */
  UNSUPPORTED_VERSION,
  /** An object names the same key twice. */
  DUPLICATE_KEY,
  /** An object has a field the format does not define. */
  UNKNOWN_FIELD,
  /** A required field is missing or empty. */
  MISSING_FIELD,
  /** A value has the wrong type: text where a number belongs, a list where an object belongs. */
  WRONG_TYPE,
  /** A value has the right type but is not allowed: a bad date, an unknown currency or kind. */
  BAD_VALUE,
  /** Two elements of one kind share an id. */
  DUPLICATE_ID,
  /** A reference names an element that does not exist. */
  UNKNOWN_REFERENCE,
  /** Another intrinsic rule of a strategy is broken: a date order, a weight, a currency. */
  INVARIANT
}
