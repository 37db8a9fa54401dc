package org.socialstrategy.attribution.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.socialstrategy.attribution.data.PathTable;
import org.socialstrategy.attribution.data.TouchpointKey;

/**
 * Credits a conversion to the last touch of its path that is not direct, as analytics tools do by
 * default: a visit typed in or from a bookmark is taken to follow a touch that earned it. A path of
 * direct touches only credits its last touch.
 *
 * <p>Direct touches are those whose key is one of the direct keys (compared ignoring case; by
 * default {@code direct} and {@code (direct) / (none)}), and those whose source is {@code
 * (direct)}.
 */
public final class LastNonDirectTouch extends Positional implements PathModel {

  /** The default direct keys. */
  public static final Set<String> DEFAULT_DIRECT = Set.of("direct", "(direct) / (none)");

  private static final LastNonDirectTouch DEFAULT = new LastNonDirectTouch(DEFAULT_DIRECT);

  private final TreeSet<String> direct = new TreeSet<>();

  private LastNonDirectTouch(Set<String> direct) {
    for (String key : direct) {
      this.direct.add(key.strip().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Returns the model with the default direct keys.
   *
   * @return the model
   */
  public static LastNonDirectTouch defaults() {
    return DEFAULT;
  }

  /**
   * Returns the model with the given direct keys.
   *
   * @param direct the key texts of direct touches, compared ignoring case
   * @return the model
   */
  public static LastNonDirectTouch of(Set<String> direct) {
    return new LastNonDirectTouch(direct);
  }

  /**
   * Returns the direct keys, in lower case.
   *
   * @return the keys
   */
  public Set<String> direct() {
    return java.util.Collections.unmodifiableSet(direct);
  }

  /**
   * Tells whether a key is direct.
   *
   * @param key the key text
   * @return true for a direct touch
   */
  public boolean isDirect(String key) {
    if (direct.contains(key.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    try {
      return TouchpointKey.parse(key)
          .source()
          .map(s -> s.equalsIgnoreCase("(direct)"))
          .orElse(false);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String name() {
    return "last-non-direct";
  }

  @Override
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("direct", String.join("|", List.copyOf(direct)));
    return parameters;
  }

  @Override
  Shares shares(PathTable table) {
    boolean[] flags = new boolean[table.channelCount()];
    for (int c = 0; c < flags.length; c++) {
      flags[c] = isDirect(table.channel(c));
    }
    return (path, length, shares) -> {
      Arrays.fill(shares, 0, length, 0);
      int chosen = length - 1;
      while (chosen >= 0 && flags[table.step(path, chosen)]) {
        chosen--;
      }
      shares[chosen < 0 ? length - 1 : chosen] = 1;
    };
  }
}
