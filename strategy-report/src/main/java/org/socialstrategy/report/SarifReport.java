package org.socialstrategy.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialstrategy.io.FilePosition;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.Rule;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.SuppressedFinding;

/**
 * Findings as SARIF 2.1.0, the format code-scanning tools read: one run of the {@code sbs} tool
 * with its rules (id, name, title, rationale, default level), and a result per finding located at
 * the line and column of its file, so that the tool annotates the strategy file where the problem
 * is. Suppressed findings are kept as results with their justification. Errors are SARIF errors,
 * warnings warnings, infos notes.
 */
public final class SarifReport {

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  /**
   * Renders the findings of validated files.
   *
   * @param files the files, named as the tool should show them (paths relative to the repository
   *     root let code-scanning tools link to them)
   * @param rules the rules that ran
   * @param version the tool's version
   * @return the SARIF JSON text
   */
  public static String render(List<ValidatedFile> files, List<Rule> rules, String version) {
    List<RuleEntry> ruleEntries = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (Rule rule : rules) {
      ruleIndex.put(rule.id(), ruleEntries.size());
      ruleEntries.add(
          new RuleEntry(
              rule.id(),
              rule.name(),
              new Text(rule.title()),
              new Text(rule.rationale()),
              new Configuration(level(rule.defaultSeverity())),
              new RuleProperties(rule.family().key())));
    }
    List<Result> results = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      ValidatedFile file = files.get(f);
      String uri = uri(file.file());
      artifacts.add(new Artifact(new ArtifactLocation(uri, null)));
      for (Finding finding : file.report().findings()) {
        results.add(result(file, uri, f, finding, ruleIndex, null));
      }
      for (SuppressedFinding suppressed : file.report().suppressed()) {
        results.add(
            result(
                file,
                uri,
                f,
                suppressed.finding(),
                ruleIndex,
                List.of(new Suppression("inSource", suppressed.reason()))));
      }
    }
    Run run = new Run(new Tool(new Driver("sbs", version, ruleEntries)), artifacts, results);
    return JsonOutput.write(new Log(SCHEMA, "2.1.0", List.of(run)));
  }

  private static Result result(
      ValidatedFile file,
      String uri,
      int artifact,
      Finding finding,
      Map<String, Integer> ruleIndex,
      List<Suppression> suppressions) {
    FilePosition at = file.document().locate(finding.path());
    return new Result(
        finding.ruleId(),
        ruleIndex.get(finding.ruleId()),
        level(finding.severity()),
        new Text(finding.message()),
        List.of(
            new Location(
                new PhysicalLocation(
                    new ArtifactLocation(uri, artifact), new Region(at.line(), at.column())),
                finding.path().segments().isEmpty()
                    ? null
                    : List.of(new LogicalLocation(finding.path().toString(), "member")))),
        suppressions,
        new ResultProperties(finding.ruleName(), finding.subject().toString(), finding.fix()));
  }

  /** SARIF levels: error, warning, note. */
  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      default -> "note";
    };
  }

  /** A file name as a relative URI reference: forward slashes, reserved characters escaped. */
  static String uri(String file) {
    StringBuilder uri = new StringBuilder();
    for (byte b : file.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        uri.append((char) c);
      } else {
        uri.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return uri.toString();
  }

  record Log(String $schema, String version, List<Run> runs) {}

  record Run(Tool tool, List<Artifact> artifacts, List<Result> results) {}

  record Tool(Driver driver) {}

  record Driver(String name, String version, List<RuleEntry> rules) {}

  record RuleEntry(
      String id,
      String name,
      Text shortDescription,
      Text fullDescription,
      Configuration defaultConfiguration,
      RuleProperties properties) {}

  record Text(String text) {}

  record Configuration(String level) {}

  record RuleProperties(String family) {}

  record Artifact(ArtifactLocation location) {}

  record ArtifactLocation(String uri, Integer index) {}

  record Result(
      String ruleId,
      Integer ruleIndex,
      String level,
      Text message,
      List<Location> locations,
      List<Suppression> suppressions,
      ResultProperties properties) {}

  record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record Region(int startLine, int startColumn) {}

  record LogicalLocation(String fullyQualifiedName, String kind) {}

  record Suppression(String kind, String justification) {}

  record ResultProperties(String ruleName, String subject, String fix) {}
}
