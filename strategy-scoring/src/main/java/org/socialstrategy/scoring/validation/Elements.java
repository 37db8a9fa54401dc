package org.socialstrategy.scoring.validation;

import java.time.LocalDate;
import java.util.List;
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
    return words(ids, true);
  }

  /** Joins words as messages do: {@code a, b and c}. */
  static String words(List<?> words) {
    return words(words, false);
  }

  private static String words(List<?> words, boolean quoted) {
    StringBuilder out = new StringBuilder();
    int last = words.size() - 1;
    for (int i = 0; i <= last; i++) {
      if (i > 0) {
        out.append(i == last ? " and " : ", ");
      }
      if (quoted) {
        out.append('\'').append(words.get(i)).append('\'');
      } else {
        out.append(words.get(i));
      }
    }
    return out.toString();
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
