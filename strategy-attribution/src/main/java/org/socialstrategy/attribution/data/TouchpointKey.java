package org.socialstrategy.attribution.data;

import java.util.Objects;
import java.util.Optional;

/**
 * What a touchpoint of a customer journey is: either a plain channel name ({@code email}, {@code
 * Paid Search}) or the source, medium and campaign that analytics tools export (UTM parameters).
 *
 * <p>Every key has one canonical text, used in path tables, credits and mappings:
 *
 * <ul>
 *   <li>a channel: its name, stripped of surrounding white space: {@code email};
 *   <li>source, medium and campaign: the parts joined by {@code " / "}, as analytics tools show
 *       source/medium, the campaign only when there is one: {@code google / cpc / spring-sale},
 *       {@code newsletter / email}. A missing source or medium is written {@code (not set)}.
 * </ul>
 *
 * <p>Case is kept as given ({@code Google} and {@code google} are different keys; mapping rules
 * match them alike). No key contains {@code >}, the step separator of path tables, and no part
 * contains {@code " / "}, the part separator; {@link #parse(String)} reads a canonical text back:
 * one part is a channel, two or three parts are source, medium and campaign.
 */
public final class TouchpointKey implements Comparable<TouchpointKey> {

  /** Written for a missing source or medium. */
  public static final String NOT_SET = "(not set)";

  /** The separator of the parts of a source/medium/campaign key. */
  public static final String PART_SEPARATOR = " / ";

  private final String text;
  private final String channel;
  private final String source;
  private final String medium;
  private final String campaign;

  private TouchpointKey(
      String text, String channel, String source, String medium, String campaign) {
    this.text = text;
    this.channel = channel;
    this.source = source;
    this.medium = medium;
    this.campaign = campaign;
  }

  /**
   * Returns the key of a plain channel.
   *
   * @param name the channel's name
   * @return the key
   * @throws IllegalArgumentException if the name is blank or holds {@code >} or {@code " / "}
   */
  public static TouchpointKey channel(String name) {
    String stripped = Objects.requireNonNull(name, "name").strip();
    String problem = problemWithPart("channel", stripped);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("touchpoint channel must not be blank");
    }
    return new TouchpointKey(stripped, stripped, null, null, null);
  }

  /**
   * Returns the key of a source, medium and campaign.
   *
   * @param source the source, such as {@code google}; blank or null for {@link #NOT_SET}
   * @param medium the medium, such as {@code cpc}; blank or null for {@link #NOT_SET}
   * @param campaign the campaign, such as {@code spring-sale}; blank or null for none
   * @return the key
   * @throws IllegalArgumentException if a part holds {@code >} or {@code " / "}, or all parts are
   *     blank
   */
  public static TouchpointKey utm(String source, String medium, String campaign) {
    String s = part(source);
    String m = part(medium);
    String c = part(campaign);
    for (String[] named : new String[][] {{"source", s}, {"medium", m}, {"campaign", c}}) {
      String problem = problemWithPart(named[0], named[1]);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    if (s.isEmpty() && m.isEmpty() && c.isEmpty()) {
      throw new IllegalArgumentException(
          "touchpoint source, medium and campaign must not all be blank");
    }
    String sourceText = s.isEmpty() ? NOT_SET : s;
    String mediumText = m.isEmpty() ? NOT_SET : m;
    String text =
        sourceText + PART_SEPARATOR + mediumText + (c.isEmpty() ? "" : PART_SEPARATOR + c);
    return new TouchpointKey(text, null, sourceText, mediumText, c.isEmpty() ? null : c);
  }

  /**
   * Reads a key from its canonical text: one part is a channel, two or three parts separated by
   * {@code " / "} are source, medium and campaign.
   *
   * @param text the canonical text
   * @return the key
   * @throws IllegalArgumentException if the text is blank, holds {@code >} or has more than three
   *     parts
   */
  public static TouchpointKey parse(String text) {
    String stripped = Objects.requireNonNull(text, "text").strip();
    int first = stripped.indexOf(PART_SEPARATOR);
    if (first < 0) {
      return channel(stripped);
    }
    int second = stripped.indexOf(PART_SEPARATOR, first + PART_SEPARATOR.length());
    String source = stripped.substring(0, first);
    if (second < 0) {
      return utm(source, stripped.substring(first + PART_SEPARATOR.length()), null);
    }
    String campaign = stripped.substring(second + PART_SEPARATOR.length());
    if (campaign.contains(PART_SEPARATOR)) {
      throw new IllegalArgumentException(
          "touchpoint key '" + stripped + "' has more than three parts separated by ' / '");
    }
    return utm(source, stripped.substring(first + PART_SEPARATOR.length(), second), campaign);
  }

  /**
   * Tells what is wrong with a part of a key, or null when nothing is.
   *
   * @param name the part's name, for the message
   * @param part the part's text, stripped
   * @return the problem, or null
   */
  static String problemWithPart(String name, CharSequence part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '>') {
        return "touchpoint " + name + " '" + part + "' must not contain '>', the path separator";
      }
      if (c == '/'
          && i > 0
          && i + 1 < part.length()
          && part.charAt(i - 1) == ' '
          && part.charAt(i + 1) == ' ') {
        return "touchpoint " + name + " '" + part + "' must not contain ' / ', the part separator";
      }
    }
    return null;
  }

  private static String part(String text) {
    return text == null || text.equals(NOT_SET) ? "" : text.strip();
  }

  /**
   * Returns the canonical text.
   *
   * @return the text, such as {@code google / cpc / spring-sale}
   */
  public String text() {
    return text;
  }

  /**
   * Tells whether the key is a plain channel name.
   *
   * @return true for a channel, false for source, medium and campaign
   */
  public boolean isChannel() {
    return channel != null;
  }

  /**
   * Returns the channel's name.
   *
   * @return the name, for a channel key
   */
  public Optional<String> channelName() {
    return Optional.ofNullable(channel);
  }

  /**
   * Returns the source.
   *
   * @return the source, or {@link #NOT_SET}, for a source/medium/campaign key
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the medium.
   *
   * @return the medium, or {@link #NOT_SET}, for a source/medium/campaign key
   */
  public Optional<String> medium() {
    return Optional.ofNullable(medium);
  }

  /**
   * Returns the campaign.
   *
   * @return the campaign, if the key has one
   */
  public Optional<String> campaign() {
    return Optional.ofNullable(campaign);
  }

  /**
   * Orders keys by their canonical text.
   *
   * @param other the key to compare with
   * @return a negative number, zero or a positive number as this key sorts before, with or after
   */
  @Override
  public int compareTo(TouchpointKey other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TouchpointKey && text.equals(((TouchpointKey) other).text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the canonical text. */
  @Override
  public String toString() {
    return text;
  }
}
