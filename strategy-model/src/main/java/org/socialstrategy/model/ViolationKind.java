package org.socialstrategy.model;

/** The kinds of intrinsic invariant a strategy can break. */
public enum ViolationKind {
  /** An id is empty or only white space. */
  BLANK_ID,
  /** Two elements of one kind share an id. */
  DUPLICATE_ID,
  /** A required text (a name, a title, a statement) is empty or only white space. */
  BLANK_TEXT,
  /** A reference names an element that does not exist. */
  UNKNOWN_REFERENCE,
  /** One list names the same element twice. */
  REPEATED_REFERENCE,
  /** An element refers to itself where that makes no sense (an initiative depending on itself). */
  SELF_REFERENCE,
  /** A date range ends before it starts, or a date falls after the date it must precede. */
  DATE_ORDER,
  /** An amount that cannot be negative is (a cost, a budget, a staff count). */
  NEGATIVE_AMOUNT,
  /** An amount is in another currency than the rest of the strategy. */
  MIXED_CURRENCY,
  /** A number lies outside its allowed range (a weight, a stretch target). */
  OUT_OF_RANGE,
  /** An extension key does not start with {@code x-}. */
  EXTENSION_KEY,
  /**
   * An element's values do not fit together or cannot be used as given: a touchpoint rule with a
   * key and patterns, with neither, or with a blank pattern; a value metric that is also the
   * conversion metric.
   */
  INCONSISTENT
}
