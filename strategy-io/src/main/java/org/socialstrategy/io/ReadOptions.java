package org.socialstrategy.io;

/**
 * Limits that protect a reader from hostile or broken input: how long a document, how deep its
 * nesting, how long a text or a number may be, and how many problems are kept. A file over a limit
 * is rejected with a {@link ProblemKind#LIMIT} problem as soon as the limit is reached, before the
 * rest is read.
 *
 * <p>The defaults suit strategies of up to about a hundred thousand tactics; raise them for larger
 * files, lower them for a service that reads files from strangers.
 *
 * <pre>{@code
 * Strategy big = StrategyFiles.read(path, ReadOptions.defaults().withMaxDocumentLength(1L << 30));
 * }</pre>
 */
public final class ReadOptions {

  /** The default longest document: 256 MiB characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /** The default deepest nesting of objects and lists: 64 levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default longest text, field name or CSV cell: 100,000 characters, some fifty pages. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** The default longest number: 100 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** The default number of problems kept: 1,000. */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  /** The most a nesting depth may be set to; deeper structures would strain the stack. */
  static final int NESTING_DEPTH_CEILING = 1000;

  private static final ReadOptions DEFAULTS =
      new ReadOptions(
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_PROBLEMS);

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxProblems;

  private ReadOptions(
      long maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxProblems) {
    this.maxDocumentLength = maxDocumentLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxProblems = maxProblems;
  }

  /**
   * Returns the default options.
   *
   * @return the defaults
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the longest document read, in characters; {@link #DEFAULT_MAX_DOCUMENT_LENGTH} by
   * default. It does not apply to observations files, which are streamed.
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns the deepest nesting of objects and lists; {@link #DEFAULT_MAX_NESTING_DEPTH} by
   * default.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest text, field name or CSV cell, in characters; {@link
   * #DEFAULT_MAX_STRING_LENGTH} by default.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number, in characters; {@link #DEFAULT_MAX_NUMBER_LENGTH} by default.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns how many problems a {@link StrategyFileException} keeps; {@link #DEFAULT_MAX_PROBLEMS}
   * by default. An observations file stops being read when that many are found.
   *
   * @return the limit
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns these options with another longest document.
   *
   * @param characters the limit, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if the limit is below 1
   */
  public ReadOptions withMaxDocumentLength(long characters) {
    if (characters < 1) {
      throw new IllegalArgumentException("max document length must be at least 1: " + characters);
    }
    return new ReadOptions(
        characters, maxNestingDepth, maxStringLength, maxNumberLength, maxProblems);
  }

  /**
   * Returns these options with another deepest nesting.
   *
   * @param levels the limit, from 8 to 1,000: a strategy file nests up to 6 levels before
   *     extensions
   * @return the changed options
   * @throws IllegalArgumentException if the limit is out of range
   */
  public ReadOptions withMaxNestingDepth(int levels) {
    if (levels < 8 || levels > NESTING_DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "max nesting depth must be in [8, " + NESTING_DEPTH_CEILING + "]: " + levels);
    }
    return new ReadOptions(
        maxDocumentLength, levels, maxStringLength, maxNumberLength, maxProblems);
  }

  /**
   * Returns these options with another longest text.
   *
   * @param characters the limit, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if the limit is below 1
   */
  public ReadOptions withMaxStringLength(int characters) {
    if (characters < 1) {
      throw new IllegalArgumentException("max string length must be at least 1: " + characters);
    }
    return new ReadOptions(
        maxDocumentLength, maxNestingDepth, characters, maxNumberLength, maxProblems);
  }

  /**
   * Returns these options with another longest number.
   *
   * @param characters the limit, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if the limit is below 1
   */
  public ReadOptions withMaxNumberLength(int characters) {
    if (characters < 1) {
      throw new IllegalArgumentException("max number length must be at least 1: " + characters);
    }
    return new ReadOptions(
        maxDocumentLength, maxNestingDepth, maxStringLength, characters, maxProblems);
  }

  /**
   * Returns these options keeping another number of problems.
   *
   * @param problems the limit, at least 1
   * @return the changed options
   * @throws IllegalArgumentException if the limit is below 1
   */
  public ReadOptions withMaxProblems(int problems) {
    if (problems < 1) {
      throw new IllegalArgumentException("max problems must be at least 1: " + problems);
    }
    return new ReadOptions(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, problems);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadOptions
        && maxDocumentLength == ((ReadOptions) other).maxDocumentLength
        && maxNestingDepth == ((ReadOptions) other).maxNestingDepth
        && maxStringLength == ((ReadOptions) other).maxStringLength
        && maxNumberLength == ((ReadOptions) other).maxNumberLength
        && maxProblems == ((ReadOptions) other).maxProblems;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxProblems);
  }

  /** Returns the limits, for logs. */
  @Override
  public String toString() {
    return "ReadOptions{maxDocumentLength="
        + maxDocumentLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxProblems="
        + maxProblems
        + "}";
  }
}
