package org.socialstrategy.scoring;

/**
 * The seven success factors of a social business strategy, in the order the research gives them.
 * Each validation rule names the factor its findings weigh on ({@link
 * org.socialstrategy.scoring.validation.Rule#factor()}); each scorecard scores every factor.
 */
public enum SuccessFactor {
  /** 1: define the overall business goals. */
  BUSINESS_GOALS(1, "Define the business goals"),
  /** 2: establish the long-term vision. */
  LONG_TERM_VISION(2, "Establish the long-term vision"),
  /** 3: ensure executive support. */
  EXECUTIVE_SUPPORT(3, "Ensure executive support"),
  /** 4: define the strategy roadmap and identify initiatives. */
  ROADMAP(4, "Define the roadmap and initiatives"),
  /** 5: establish governance and guidelines. */
  GOVERNANCE(5, "Establish governance and guidelines"),
  /** 6: secure staff, resources and funding. */
  RESOURCES(6, "Secure staff, resources and funding"),
  /** 7: invest in technology platforms that support the vision. */
  TECHNOLOGY(7, "Invest in technology that supports the vision");

  private final int number;
  private final String title;

  SuccessFactor(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /**
   * Returns the factor's number, 1 to 7.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns the factor's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the factor with a number.
   *
   * @param number 1 to 7
   * @return the factor
   * @throws IllegalArgumentException if the number is not 1 to 7
   */
  public static SuccessFactor number(int number) {
    if (number < 1 || number > values().length) {
      throw new IllegalArgumentException("success factors are numbered 1 to 7: " + number);
    }
    return values()[number - 1];
  }
}
