package org.socialstrategy.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One change to a strategy file named by a path, as findings print paths: set a value ({@code
 * tactics[fb-shop].cost.amount=6000.00}) or remove an element or field ({@code
 * tactics[fb-contest]}). Elements of lists with ids are named by id, others by position from 0,
 * entries of maps by key ({@code funding.perYear[2028].staff}); extension fields by their {@code
 * x-} name.
 *
 * <p>A value is read the way the field takes it: text as it is (no quotes needed), a number, {@code
 * true} or {@code false}; an object or a list in YAML's bracket notation, {@code {amount:
 * "6000.00", currency: EUR}} or {@code [grow-revenue, win-accounts]}. Setting a whole element of a
 * list with ids, {@code tactics[tiktok]={name: TikTok launch, channel: tiktok, function:
 * marketing}}, adds it when there is none with that id.
 *
 * @param path the path, such as {@code tactics[fb-shop].cost.amount}
 * @param value the value to set, or empty to remove what the path names
 */
public record PathEdit(String path, Optional<String> value) {

  /**
   * Checks that both parts are given.
   *
   * @param path the path
   * @param value the value, or empty to remove
   */
  public PathEdit {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns an edit that sets a value.
   *
   * @param path the path, such as {@code tactics[fb-shop].name}
   * @param value the value, such as {@code Facebook store}
   * @return the edit
   */
  public static PathEdit set(String path, String value) {
    return new PathEdit(path, Optional.of(value));
  }

  /**
   * Returns an edit that removes an element or field.
   *
   * @param path the path, such as {@code tactics[fb-contest]}
   * @return the edit
   */
  public static PathEdit remove(String path) {
    return new PathEdit(path, Optional.empty());
  }

  /**
   * Reads an edit written {@code PATH=VALUE}: the path ends at the first {@code =} outside square
   * brackets.
   *
   * @param assignment such as {@code tactics[fb-shop].cost.amount=6000.00}
   * @return the edit
   * @throws IllegalArgumentException if there is no {@code =} or no path before it
   */
  public static PathEdit parse(String assignment) {
    int depth = 0;
    for (int i = 0; i < assignment.length(); i++) {
      char c = assignment.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '=' && depth == 0) {
        if (i == 0) {
          break;
        }
        return set(assignment.substring(0, i).strip(), assignment.substring(i + 1));
      }
    }
    throw new IllegalArgumentException(
        "expected PATH=VALUE, such as tactics[fb-shop].cost.amount=6000.00: '" + assignment + "'");
  }

  /** Returns {@code path=value}, or {@code path} and that it is removed. */
  @Override
  public String toString() {
    return value.map(v -> path + "=" + v).orElse(path + " (removed)");
  }
}
