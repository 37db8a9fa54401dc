package org.socialstrategy.model;

/** A letter of a RACI matrix: who does the work, who answers for it, who is asked, who is told. */
public enum RaciRole {
  /** Does the work. */
  RESPONSIBLE('R'),
  /** Answers for the result; exactly one per item. */
  ACCOUNTABLE('A'),
  /** Is asked before decisions. */
  CONSULTED('C'),
  /** Is told of progress. */
  INFORMED('I');

  private final char letter;

  RaciRole(char letter) {
    this.letter = letter;
  }

  /**
   * Returns the role's letter in a RACI matrix.
   *
   * @return {@code 'R'}, {@code 'A'}, {@code 'C'} or {@code 'I'}
   */
  public char letter() {
    return letter;
  }
}
