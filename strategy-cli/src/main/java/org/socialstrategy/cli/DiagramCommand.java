package org.socialstrategy.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.socialstrategy.io.StrategyDocument;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.report.Diagrams;
import org.socialstrategy.report.TextStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sbs diagram}: goals, objectives and tactics, or the roadmap, as Mermaid or DOT. */
@Command(
    name = "diagram",
    mixinStandardHelpOptions = true,
    description = {
      "Print a diagram of the goals, their objectives and the tactics that serve them (unaligned"
          + " tactics in red), or of the roadmap as a Gantt chart."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  sbs diagram retail.yaml                         Mermaid flowchart",
      "  sbs diagram retail.yaml --roadmap               Mermaid Gantt chart",
      "  sbs diagram retail.yaml --format dot | dot -Tsvg > retail.svg"
    })
final class DiagramCommand implements Callable<Integer> {

  /** The diagram languages. */
  enum Format {
    /** Mermaid, which git hosts render in Markdown. */
    MERMAID,
    /** Graphviz DOT. */
    DOT
  }

  @Mixin SingleInput input;

  @Option(
      names = "--format",
      defaultValue = "mermaid",
      description = "mermaid or dot (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--roadmap", description = "Draw the roadmap as a Gantt chart (Mermaid only).")
  boolean roadmap;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (roadmap && format == Format.DOT) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--roadmap draws a Mermaid Gantt chart; DOT has none");
    }
    Optional<StrategyDocument> document = input.read(spec, TextStyle.PLAIN, false);
    if (document.isEmpty()) {
      return Sbs.INVALID;
    }
    Strategy strategy = document.get().strategy();
    if (roadmap && Diagrams.mermaidGantt(strategy).isEmpty()) {
      spec.commandLine().getErr().println(Diagrams.noGantt(strategy) + " No chart to draw.");
      spec.commandLine().getErr().flush();
      return Sbs.OK;
    }
    String diagram =
        format == Format.DOT
            ? Diagrams.dot(strategy)
            : roadmap
                ? Diagrams.mermaidGantt(strategy).orElseThrow()
                : Diagrams.mermaidGraph(strategy);
    spec.commandLine().getOut().print(diagram);
    spec.commandLine().getOut().flush();
    return Sbs.OK;
  }
}
