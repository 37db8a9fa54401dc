package org.socialstrategy.scoring.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Identifier;
import org.socialstrategy.model.StrategyPath;

/** Paths to strategy elements and the wording rules share. */
final class Elements {

  static final StrategyPath ROADMAP = StrategyPath.ROOT.field("roadmap");
  static final StrategyPath GOVERNANCE = StrategyPath.ROOT.field("governance");
  static final StrategyPath FUNDING = StrategyPath.ROOT.field("funding");

  private Elements() {}

  static StrategyPath goal(int position, Identifier id) {
    return StrategyPath.ROOT.element("goals", position, id.value());
  }

  static StrategyPath tactic(int position, Identifier id) {
    return StrategyPath.ROOT.element("tactics", position, id.value());
  }

  static StrategyPath stakeholder(int position, Identifier id) {
    return StrategyPath.ROOT.element("stakeholders", position, id.value());
  }

  static StrategyPath initiative(int position, Identifier id) {
    return ROADMAP.element("initiatives", position, id.value());
  }

  static StrategyPath platform(int position, Identifier id) {
    return StrategyPath.ROOT.element("platforms", position, id.value());
  }

  /** Quotes an id as messages do: {@code 'fb-shop'}. */
  static String quoted(Object id) {
    return "'" + id + "'";
  }

  /** Lists ids as messages do: {@code 'a', 'b' and 'c'}. */
  static String quotedList(List<?> ids) {
    List<String> quoted = ids.stream().map(Elements::quoted).toList();
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1))
        + " and "
        + quoted.get(quoted.size() - 1);
  }

  /** Joins words as messages do: {@code a, b and c}. */
  static String words(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
        + " and "
        + words.get(words.size() - 1);
  }

  /** Tells whether a range covers at least the given number of years, both ends included. */
  static boolean spansYears(DateRange range, int years) {
    LocalDate lastDayNeeded = range.start().plusYears(years).minusDays(1);
    return !range.end().isBefore(lastDayNeeded);
  }

  /** Writes a count with its noun: {@code 1 tactic}, {@code 3 tactics}. */
  static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
