package org.socialstrategy.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.socialstrategy.model.DateRange;
import org.socialstrategy.model.Initiative;
import org.socialstrategy.scoring.scorecard.FactorScore;
import org.socialstrategy.scoring.scorecard.MaturityStage;

/** The inline SVG charts of the HTML report: plain shapes and text, no scripts, no fonts. */
final class Svg {

  /** The most initiatives the timeline draws. */
  static final int MAX_TIMELINE_ROWS = 60;

  private static final int WIDTH = 720;

  private Svg() {}

  /** A colour for a 0-100 score: green from 75, amber from 50, red below. */
  static String scoreColour(int score) {
    return score >= 75 ? "#15803d" : score >= 50 ? "#b45309" : "#b91c1c";
  }

  /** Horizontal bars, one per success factor, 0 to 100. */
  static String factorBars(List<FactorScore> factors) {
    int row = 30;
    int labelWidth = 345;
    int barWidth = WIDTH - labelWidth - 40;
    StringBuilder svg =
        open(WIDTH, row * factors.size() + 10, "The seven success factors, 0 to 100");
    for (int i = 0; i < factors.size(); i++) {
      FactorScore factor = factors.get(i);
      int y = 5 + i * row;
      int width = barWidth * factor.score() / 100;
      svg.append("<text x=\"0\" y=\"")
          .append(y + 18)
          .append("\" class=\"label\">")
          .append(factor.factor().number())
          .append(". ")
          .append(Escaping.html(factor.factor().title()))
          .append("</text>")
          .append("<rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(barWidth)
          .append("\" height=\"18\" fill=\"#e5e7eb\" rx=\"3\"/>")
          .append("<rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(width)
          .append("\" height=\"18\" fill=\"")
          .append(scoreColour(factor.score()))
          .append("\" rx=\"3\"/>")
          .append("<text x=\"")
          .append(labelWidth + barWidth + 8)
          .append("\" y=\"")
          .append(y + 18)
          .append("\" class=\"value\">")
          .append(factor.score())
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** Six steps from Planning to Converged; the steps reached are filled. */
  static String maturitySteps(MaturityStage reached) {
    MaturityStage[] stages = MaturityStage.values();
    int steps = stages.length - 1;
    int step = WIDTH / steps;
    StringBuilder svg = open(WIDTH, 94, "Maturity: " + reached.title());
    for (int i = 1; i <= steps; i++) {
      MaturityStage stage = stages[i];
      boolean done = stage.level() <= reached.level();
      int x = (i - 1) * step;
      svg.append("<rect x=\"")
          .append(x + 4)
          .append("\" y=\"8\" width=\"")
          .append(step - 8)
          .append("\" height=\"36\" rx=\"6\" fill=\"")
          .append(done ? "#1d4ed8" : "#e5e7eb")
          .append("\"/>")
          .append("<text x=\"")
          .append(x + step / 2)
          .append("\" y=\"31\" text-anchor=\"middle\" class=\"")
          .append(done ? "step-done" : "step")
          .append("\">")
          .append(stage.level())
          .append(". ")
          .append(Escaping.html(stage.title()))
          .append("</text>")
          .append(lines(stage.motto(), x + step / 2, 62, 16));
    }
    return svg.append("</svg>").toString();
  }

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

  /**
   * Writes centred text broken into lines of about {@code width} characters at word boundaries, one
   * {@code text} element per line, 14 pixels apart.
   */
  private static String lines(String text, int x, int y, int width) {
    StringBuilder svg = new StringBuilder();
    StringBuilder line = new StringBuilder();
    int row = 0;
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        svg.append(centred(line.toString(), x, y + 14 * row++));
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    return svg.append(centred(line.toString(), x, y + 14 * row)).toString();
  }

  private static String centred(String text, int x, int y) {
    return "<text x=\""
        + x
        + "\" y=\""
        + y
        + "\" text-anchor=\"middle\" class=\"motto\">"
        + Escaping.html(text)
        + "</text>";
  }

  private static StringBuilder open(int width, int height, String title) {
    return new StringBuilder("<svg role=\"img\" width=\"")
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
