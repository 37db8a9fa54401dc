package org.socialstrategy.io;

/**
 * A place in a strategy file.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record FilePosition(int line, int column) {}
