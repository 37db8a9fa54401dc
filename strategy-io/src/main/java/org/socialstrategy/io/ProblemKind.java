package org.socialstrategy.io;

/**
 * The kinds of problem a file the library reads can have: a strategy file, an observations CSV, an
 * attribution events or path-table CSV.
 */
public enum ProblemKind {
  /** The file cannot be read at all: it is missing, a folder, not readable, or not UTF-8 text. */
  UNREADABLE,
  /** The text is not well-formed JSON, YAML or CSV, or the file is empty. */
  SYNTAX,
  /**
   * The YAML uses a feature strategy files leave out: anchors, aliases, tags, several documents.
   */
  UNSUPPORTED_YAML,
  /**
   * The file exceeds a limit: of {@link ReadOptions} (size, nesting, text or number length), or of
   * the attribution readers (cells, rows, path steps, distinct paths and keys, events of a
   * journey).
   */
  LIMIT,
  /** The file is in a format version this library does not read. */
  UNSUPPORTED_VERSION,
  /** An object names the same key twice, or two CSV columns the same field. */
  DUPLICATE_KEY,
  /** An object has a field the format does not define, or a CSV file a column it does not know. */
  UNKNOWN_FIELD,
  /** A required field, CSV column or cell is missing or empty. */
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
