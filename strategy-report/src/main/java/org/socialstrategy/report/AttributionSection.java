package org.socialstrategy.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialstrategy.attribution.AttributionObservations;
import org.socialstrategy.model.Metric;
import org.socialstrategy.model.Money;
import org.socialstrategy.model.Observation;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.Tactic;
import org.socialstrategy.model.TacticId;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.scoring.scorecard.Scorecard;

/**
 * The attribution section of the HTML and Markdown reports, shown when the strategy carries a
 * touchpoint mapping and attributed observations up to the scorecard's date: what the strategy
 * itself can show, namely which models the observations came from, over which days, and per tactic
 * the conversions (and value) attributed, what they are worth, and whether the tactic serves a
 * goal. It says how much of the attributed credit went to tactics that serve none.
 */
final class AttributionSection {

  /** The most tactics the table shows. */
  static final int MAX_ROWS = 200;

  /** What attribution cannot tell, under every table of attributed credit. */
  private static final String CAVEAT =
      "Attribution shows which tactics were on the journeys that converted, not what each caused;"
          + " an experiment (a holdout or a lift test) settles that.";

  private AttributionSection() {}

  /** What the section shows, from the strategy alone. */
  private record Figures(
      TouchpointMapping mapping,
      Metric conversions,
      Optional<Metric> value,
      List<String> models,
      LocalDate from,
      LocalDate to,
      List<Row> rows,
      BigDecimal total,
      BigDecimal unaligned) {}

  /** One tactic's attributed credit. */
  private record Row(
      Tactic tactic,
      boolean servesAGoal,
      BigDecimal conversions,
      Optional<BigDecimal> value,
      Optional<Money> worth) {}

  /**
   * Returns the HTML section, or nothing when the strategy has no mapping or no attributed
   * observation up to the scorecard's date.
   */
  static String html(Scorecard card) {
    Optional<Figures> found = figures(card.strategy(), card.asOf());
    if (found.isEmpty()) {
      return "";
    }
    Figures figures = found.get();
    String metric = Escaping.html(figures.conversions().name());
    StringBuilder out =
        new StringBuilder(
                "<section id=\"attribution\"><h2>Attribution: customer journeys credited to"
                    + " tactics</h2><p>")
            .append(Escaping.html(introduction(figures)))
            .append("</p>");
    unalignedShare(figures)
        .ifPresent(text -> out.append("<p>").append(Escaping.html(text)).append("</p>"));
    out.append("<table><tr><th>tactic</th><th>serves a goal</th><th>")
        .append(metric)
        .append("</th><th>worth</th>");
    figures
        .value()
        .ifPresent(v -> out.append("<th>").append(Escaping.html(v.name())).append("</th>"));
    out.append("</tr>");
    List<Row> rows = figures.rows().subList(0, Math.min(figures.rows().size(), MAX_ROWS));
    for (Row row : rows) {
      out.append(row.servesAGoal() ? "<tr>" : "<tr class=\"unaligned\">")
          .append("<td>")
          .append(Escaping.html(row.tactic().name()))
          .append("</td><td>")
          .append(row.servesAGoal() ? "yes" : "no")
          .append("</td><td class=\"num\">")
          .append(Wording.number(row.conversions()))
          .append("</td><td class=\"num\">")
          .append(Escaping.html(Wording.money(row.worth())))
          .append("</td>");
      if (figures.value().isPresent()) {
        out.append("<td class=\"num\">")
            .append(row.value().map(Wording::number).orElse("-"))
            .append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</table>");
    if (figures.rows().size() > rows.size()) {
      out.append("<p class=\"note\">")
          .append(Wording.count(figures.rows().size() - rows.size(), "more tactic"))
          .append(" not shown.</p>");
    }
    return out.append("<p class=\"note\">")
        .append(Escaping.html(CAVEAT))
        .append("</p></section>\n")
        .toString();
  }

  /**
   * Returns the Markdown section, or nothing when the strategy has no mapping or no attributed
   * observation up to the scorecard's date.
   */
  static String markdown(Scorecard card) {
    Optional<Figures> found = figures(card.strategy(), card.asOf());
    if (found.isEmpty()) {
      return "";
    }
    Figures figures = found.get();
    StringBuilder out =
        new StringBuilder("\n## Attribution\n\n")
            .append(Escaping.markdownProse(introduction(figures)))
            .append("\n\n");
    unalignedShare(figures)
        .ifPresent(text -> out.append(Escaping.markdownProse(text)).append("\n\n"));
    out.append("| tactic | serves a goal | ")
        .append(Escaping.markdownCell(figures.conversions().name()))
        .append(" | worth |");
    figures
        .value()
        .ifPresent(v -> out.append(' ').append(Escaping.markdownCell(v.name())).append(" |"));
    out.append(figures.value().isPresent() ? "\n|---|---|---|---|---|\n" : "\n|---|---|---|---|\n");
    List<Row> rows = figures.rows().subList(0, Math.min(figures.rows().size(), MAX_ROWS));
    for (Row row : rows) {
      out.append("| ")
          .append(Escaping.markdownCell(row.tactic().name()))
          .append(" | ")
          .append(row.servesAGoal() ? "yes" : "no")
          .append(" | ")
          .append(Wording.number(row.conversions()))
          .append(" | ")
          .append(Escaping.markdownCell(Wording.money(row.worth())))
          .append(" |");
      if (figures.value().isPresent()) {
        out.append(' ').append(row.value().map(Wording::number).orElse("-")).append(" |");
      }
      out.append('\n');
    }
    if (figures.rows().size() > rows.size()) {
      out.append('\n')
          .append(Wording.count(figures.rows().size() - rows.size(), "more tactic"))
          .append(" not shown.\n");
    }
    return out.append('\n').append(CAVEAT).append('\n').toString();
  }

  private static String introduction(Figures figures) {
    return Wording.count(figures.mapping().rules().size(), "rule")
        + " map touchpoints of customer journeys to "
        + Wording.count(figures.mapping().tactics().size(), "tactic")
        + "; attributed conversions are observed as "
        + figures.conversions().name()
        + figures.value().map(v -> ", their value as " + v.name()).orElse("")
        + ". "
        + Wording.number(figures.total())
        + " "
        + figures.conversions().unit()
        + " attributed from "
        + figures.from()
        + " to "
        + figures.to()
        + " by "
        + String.join(" and ", figures.models())
        + ".";
  }

  private static Optional<String> unalignedShare(Figures figures) {
    if (figures.unaligned().signum() <= 0 || figures.total().signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        Wording.number(figures.unaligned())
            + " of them ("
            + Wording.percent(figures.unaligned().doubleValue() / figures.total().doubleValue())
            + ") went to tactics that serve no business goal.");
  }

  private static Optional<Figures> figures(Strategy strategy, LocalDate asOf) {
    if (strategy.attribution().isEmpty()) {
      return Optional.empty();
    }
    TouchpointMapping mapping = strategy.attribution().get();
    Optional<Metric> conversions = strategy.metric(mapping.conversionMetric());
    Optional<Metric> value = mapping.valueMetric().flatMap(strategy::metric);
    Map<TacticId, BigDecimal[]> sums = new LinkedHashMap<>();
    for (TacticId tactic : mapping.tactics()) {
      sums.put(tactic, new BigDecimal[2]);
    }
    Set<String> models = new LinkedHashSet<>();
    LocalDate from = null;
    LocalDate to = null;
    for (Observation observation : strategy.observations()) {
      if (!AttributionObservations.isAttributed(observation)
          || observation.period().end().isAfter(asOf)
          || observation.tactic().isEmpty()
          || !sums.containsKey(observation.tactic().get())) {
        continue;
      }
      int slot =
          observation.metric().equals(mapping.conversionMetric())
              ? 0
              : mapping.valueMetric().filter(observation.metric()::equals).isPresent() ? 1 : -1;
      if (slot < 0) {
        continue;
      }
      BigDecimal[] sum = sums.get(observation.tactic().get());
      sum[slot] = sum[slot] == null ? observation.value() : sum[slot].add(observation.value());
      String source = observation.source().orElseThrow();
      String model = source.substring(AttributionObservations.SOURCE.length()).strip();
      models.add(model.isEmpty() ? "attribution" : model);
      from =
          from == null || observation.period().start().isBefore(from)
              ? observation.period().start()
              : from;
      to = to == null || observation.period().end().isAfter(to) ? observation.period().end() : to;
    }
    if (conversions.isEmpty() || models.isEmpty()) {
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal unaligned = BigDecimal.ZERO;
    for (Map.Entry<TacticId, BigDecimal[]> entry : sums.entrySet()) {
      Optional<Tactic> tactic = strategy.tactic(entry.getKey());
      if (tactic.isEmpty() || entry.getValue()[0] == null) {
        continue;
      }
      BigDecimal count = entry.getValue()[0];
      boolean serves = !tactic.get().supports().isEmpty();
      total = total.add(count);
      unaligned = serves ? unaligned : unaligned.add(count);
      rows.add(
          new Row(
              tactic.get(),
              serves,
              count,
              Optional.ofNullable(entry.getValue()[1]),
              conversions.get().valuePerUnit().map(v -> v.times(count))));
    }
    rows.sort(Comparator.comparing(Row::conversions).reversed());
    return Optional.of(
        new Figures(
            mapping,
            conversions.get(),
            value,
            List.copyOf(models),
            from,
            to,
            rows,
            total,
            unaligned));
  }
}
