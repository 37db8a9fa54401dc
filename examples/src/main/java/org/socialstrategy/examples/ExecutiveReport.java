package org.socialstrategy.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.report.HtmlReport;
import org.socialstrategy.report.MarkdownReport;
import org.socialstrategy.scoring.scorecard.Scorecard;

/**
 * Writes the reports of a strategy: one self-contained HTML page for executives and Markdown with
 * Mermaid diagrams for a wiki or a pull request.
 */
public final class ExecutiveReport {

  private ExecutiveReport() {}

  /**
   * Writes the HTML and Markdown reports of a strategy file into a folder.
   *
   * @param strategyFile the strategy file
   * @param folder where to write report.html and report.md
   * @return the HTML report's path
   * @throws IOException if a report cannot be written
   */
  public static Path write(Path strategyFile, Path folder) throws IOException {
    // snippet:report
    Scorecard card = Scorecard.of(StrategyFiles.read(strategyFile), LocalDate.of(2027, 6, 30));
    Path html = folder.resolve("report.html");
    Files.writeString(html, HtmlReport.render(card), StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("report.md"), MarkdownReport.render(card), StandardCharsets.UTF_8);
    // end:report
    return html;
  }

  /**
   * Writes the retail strategy's reports into target/.
   *
   * @param args not used
   * @throws IOException if a report cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.out.println(
        "wrote " + write(Path.of("examples/strategies/retail.yaml"), Path.of("target")));
  }
}
