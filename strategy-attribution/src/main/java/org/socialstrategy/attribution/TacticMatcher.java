package org.socialstrategy.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.socialstrategy.attribution.data.TouchpointKey;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;

/**
 * Matches touchpoint keys to tactics by the rules of a {@link TouchpointMapping}: rules are tried
 * in order and the first that matches wins. Matching ignores case (in {@link Locale#ROOT}).
 *
 * <ul>
 *   <li>An exact rule matches the key with the same canonical text.
 *   <li>A rule with a {@code channel} pattern matches plain channel keys whose name matches it.
 *   <li>A rule with {@code source}, {@code medium} or {@code campaign} patterns matches source,
 *       medium and campaign keys whose parts match every pattern the rule has; a missing source or
 *       medium reads {@code (not set)}, a missing campaign the empty text.
 * </ul>
 *
 * <p>Patterns are globs: {@code *} any run of characters, {@code ?} one character.
 */
public final class TacticMatcher {

  private final List<Rule> rules = new ArrayList<>();

  private TacticMatcher(TouchpointMapping mapping) {
    int index = 0;
    for (TouchpointRule rule : mapping.rules()) {
      rules.add(new Rule(rule, index++));
    }
  }

  /**
   * Returns the matcher of a mapping.
   *
   * @param mapping the mapping
   * @return the matcher
   * @throws IllegalArgumentException if a rule is unusable ({@link TouchpointRule#problem()}); the
   *     rules of a strategy's mapping never are
   */
  public static TacticMatcher of(TouchpointMapping mapping) {
    return new TacticMatcher(mapping);
  }

  /**
   * Returns the tactic of a key.
   *
   * @param key the key
   * @return the tactic of the first rule that matches, if one does
   */
  public Optional<TacticId> match(TouchpointKey key) {
    for (Rule rule : rules) {
      if (rule.matches(key)) {
        return Optional.of(rule.tactic);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the tactic of a key given as its canonical text.
   *
   * @param key the key's text
   * @return the tactic of the first rule that matches, if one does
   */
  public Optional<TacticId> match(String key) {
    TouchpointKey parsed;
    try {
      parsed = TouchpointKey.parse(key);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return match(parsed);
  }

  private static final class Rule {
    final TacticId tactic;
    final String exact;
    final Pattern channel;
    final Pattern source;
    final Pattern medium;
    final Pattern campaign;

    Rule(TouchpointRule rule, int index) {
      tactic = rule.tactic();
      rule.problem()
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(
                    "touchpoint rule " + (index + 1) + " (tactic '" + tactic + "') " + problem);
              });
      exact =
          rule.key()
              .map(key -> TouchpointKey.parse(key).text().toLowerCase(Locale.ROOT))
              .orElse(null);
      channel = rule.channel().map(Rule::glob).orElse(null);
      source = rule.source().map(Rule::glob).orElse(null);
      medium = rule.medium().map(Rule::glob).orElse(null);
      campaign = rule.campaign().map(Rule::glob).orElse(null);
    }

    boolean matches(TouchpointKey key) {
      if (exact != null) {
        return exact.equals(key.text().toLowerCase(Locale.ROOT));
      }
      if (channel != null) {
        return key.isChannel() && matches(channel, key.channelName().orElse(""));
      }
      return !key.isChannel()
          && (source == null || matches(source, key.source().orElse("")))
          && (medium == null || matches(medium, key.medium().orElse("")))
          && (campaign == null || matches(campaign, key.campaign().orElse("")));
    }

    private static boolean matches(Pattern pattern, String text) {
      return pattern.matcher(text.toLowerCase(Locale.ROOT)).matches();
    }

    private static Pattern glob(String glob) {
      StringBuilder regex = new StringBuilder();
      StringBuilder literal = new StringBuilder();
      for (char c : glob.strip().toLowerCase(Locale.ROOT).toCharArray()) {
        if (c == '*' || c == '?') {
          if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
          }
          regex.append(c == '*' ? ".*" : ".");
        } else {
          literal.append(c);
        }
      }
      if (literal.length() > 0) {
        regex.append(Pattern.quote(literal.toString()));
      }
      return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
  }
}
