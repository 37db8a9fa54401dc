package org.socialstrategy.scoring.scorecard;

import java.util.Set;

/**
 * The seven success factors of a social business strategy, in the order the research gives them,
 * each with the validation rules whose findings weigh on it.
 */
public enum SuccessFactor {
  /** 1: define the overall business goals. */
  BUSINESS_GOALS(
      1,
      "Define the business goals",
      Set.of(
          "SBS001", "SBS002", "SBS003", "SBS005", "SBS006", "SBS101", "SBS102", "SBS105",
          "SBS109")),
  /** 2: establish the long-term vision. */
  LONG_TERM_VISION(2, "Establish the long-term vision", Set.of("SBS204", "SBS205")),
  /** 3: ensure executive support. */
  EXECUTIVE_SUPPORT(3, "Ensure executive support", Set.of("SBS007", "SBS201", "SBS202", "SBS203")),
  /** 4: define the strategy roadmap and identify initiatives. */
  ROADMAP(
      4,
      "Define the roadmap and initiatives",
      Set.of(
          "SBS004", "SBS106", "SBS107", "SBS108", "SBS401", "SBS402", "SBS403", "SBS404", "SBS405",
          "SBS410")),
  /** 5: establish governance and guidelines. */
  GOVERNANCE(
      5,
      "Establish governance and guidelines",
      Set.of("SBS301", "SBS302", "SBS303", "SBS304", "SBS305", "SBS306", "SBS901", "SBS902")),
  /** 6: secure staff, resources and funding. */
  RESOURCES(
      6,
      "Secure staff, resources and funding",
      Set.of("SBS103", "SBS104", "SBS110", "SBS406", "SBS407", "SBS411", "SBS412")),
  /** 7: invest in technology platforms that support the vision. */
  TECHNOLOGY(7, "Invest in technology that supports the vision", Set.of("SBS408", "SBS409"));

  private final int number;
  private final String title;
  private final Set<String> rules;

  SuccessFactor(int number, String title, Set<String> rules) {
    this.number = number;
    this.title = title;
    this.rules = rules;
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
   * Returns the ids of the built-in rules whose findings weigh on this factor.
   *
   * @return the rule ids
   */
  public Set<String> rules() {
    return rules;
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
