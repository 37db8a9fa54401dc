package org.socialstrategy.scoring.scorecard;

/**
 * One criterion of a maturity stage, met or not, with what was found.
 *
 * @param description what the stage requires
 * @param met whether the strategy meets it
 * @param detail what was found, such as "3 of 4 executives engaged"
 */
public record Criterion(String description, boolean met, String detail) {}
