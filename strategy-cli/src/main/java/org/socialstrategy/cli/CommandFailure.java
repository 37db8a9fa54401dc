package org.socialstrategy.cli;

/**
 * A command that cannot go on for a reason the user can act on: its message, which names what and
 * why, is printed as {@code sbs: message} and the command exits with 2, without a stack trace.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CommandFailure(String message) {
    super(message, null, false, false);
  }
}
