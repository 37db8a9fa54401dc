package org.socialstrategy.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Initiative;

/**
 * The inline SVG chart of the HTML report, the roadmap: plain shapes and text, no scripts, no
 * fonts.
 */
final class Svg {

  /** The most initiatives the timeline draws. */
  static final int MAX_TIMELINE_ROWS = 60;

  private static final int WIDTH = 720;

  private Svg() {}

  /** The roadmap's initiatives as bars across its horizon, with a tick per year. */
  static String timeline(DateRange horizon, List<Initiative> initiatives) {
    int labelWidth = 220;
    int chart = WIDTH - labelWidth - 10;
    int row = 24;
    List<Initiative> drawn =
        initiatives.subList(0, Math.min(initiatives.size(), MAX_TIMELINE_ROWS));
    long days = Math.max(1, horizon.days());
    StringBuilder svg = open(WIDTH, 30 + row * drawn.size() + 10, "Roadmap " + horizon);
    for (int year = horizon.start().getYear(); year <= horizon.end().getYear(); year++) {
      LocalDate first = LocalDate.of(year, 1, 1);
      LocalDate tick = first.isBefore(horizon.start()) ? horizon.start() : first;
      int x = labelWidth + (int) (chart * ChronoUnit.DAYS.between(horizon.start(), tick) / days);
      svg.append("<line x1=\"")
          .append(x)
          .append("\" y1=\"18\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(30 + row * drawn.size())
          .append("\" stroke=\"#cbd5e1\"/>")
          .append("<text x=\"")
          .append(x + 3)
          .append("\" y=\"14\" class=\"axis\">")
          .append(year)
          .append("</text>");
    }
    for (int i = 0; i < drawn.size(); i++) {
      Initiative initiative = drawn.get(i);
      int y = 24 + i * row;
      long from =
          Math.max(0, ChronoUnit.DAYS.between(horizon.start(), initiative.window().start()));
      long to =
          Math.min(days, ChronoUnit.DAYS.between(horizon.start(), initiative.window().end()) + 1);
      int x = labelWidth + (int) (chart * from / days);
      int width = Math.max(2, (int) (chart * Math.max(0, to - from) / days));
      svg.append("<text x=\"0\" y=\"")
          .append(y + 14)
          .append("\" class=\"label\">")
          .append(Escaping.html(shorten(initiative.name(), 32)))
          .append("</text>")
          .append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y + 2)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"16\" rx=\"3\" fill=\"")
          .append(initiative.goals().isEmpty() ? "#b91c1c" : "#2563eb")
          .append("\"><title>")
          .append(Escaping.html(initiative.name() + ": " + initiative.window()))
          .append("</title></rect>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(int width, int height, String title) {
    return new StringBuilder("<svg class=\"timeline\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\"><title>")
        .append(Escaping.html(title))
        .append("</title>");
  }

  /** Cuts text to a number of characters (code points), marking the cut with an ellipsis. */
  static String shorten(String text, int length) {
    if (text.codePointCount(0, text.length()) <= length) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, length - 1)) + "\u2026";
  }
}
