package org.socialstrategy.report;

/**
 * One file a validation run was given, as the outputs list it: either read and validated, or
 * unreadable with the problems that stopped it. An unreadable file is a result like any other, so
 * that no output can pass it off as a clean run.
 */
public sealed interface CheckedFile permits ValidatedFile, UnreadableFile {

  /**
   * Returns how to name the file in the output, such as the path a user gave.
   *
   * @return the name
   */
  String file();
}
