package org.socialstrategy.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialstrategy.io.FilePosition;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.scoring.validation.BuiltInRules;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.FindingKey;
import org.socialstrategy.scoring.validation.Rule;
import org.socialstrategy.scoring.validation.Severity;
import org.socialstrategy.scoring.validation.SuppressedFinding;

/**
 * Findings as SARIF 2.1.0, the format code-scanning tools read: one run of the {@code sbs} tool
 * with its rules (id, name, title, rationale, default level), and a result per finding located at
 * the line and column of its file, so that the tool annotates the strategy file where the problem
 * is. Suppressed findings are kept as results with their justification. Errors are SARIF errors,
 * warnings warnings, infos notes.
 *
 * <p>Each rule carries its rationale as help and, for built-in rules, a link to its entry in the
 * rule catalog. File URIs are relative to {@code %SRCROOT%}; each result has a partial fingerprint
 * (rule, subject and path, not lines) so a code-scanning tool follows a finding across commits. A
 * file that could not be read is a tool execution notification at the line of each problem, and the
 * invocation is marked unsuccessful.
 */
public final class SarifReport {

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Where the project lives. */
  private static final String INFORMATION_URI =
      "https://github.com/socialstrategy/social-business-strategy";

  /** The rule catalog, to which a built-in rule's anchor is added. */
  private static final String RULES_DOCS = INFORMATION_URI + "/blob/main/docs/rules.md#";

  /** The base that file URIs are relative to. */
  private static final String SRCROOT = "%SRCROOT%";

  /**
   * The name of the fingerprint of a finding, versioned as SARIF suggests: version 2 hashes the
   * finding's {@link FindingKey}, whose path leaves out the positions of elements without ids.
   */
  private static final String FINGERPRINT = "sbsFinding/v2";

  private SarifReport() {}

  /**
   * Renders the findings of the files checked, naming each file by a URI relative to {@code
   * %SRCROOT%}, which the reader of the log resolves.
   *
   * @param files the files, named relative to the source root (paths relative to the repository
   *     root let code-scanning tools link to them)
   * @param rules the rules that ran
   * @param version the tool's version
   * @return the SARIF JSON text
   */
  public static String render(List<? extends CheckedFile> files, List<Rule> rules, String version) {
    return render(files, rules, version, null);
  }

  /**
   * Renders the findings of the files checked, with file URIs relative to a source root that the
   * log records ({@code originalUriBaseIds}); a file outside the root gets an absolute URI.
   *
   * @param files the files, named as given (relative names are resolved against the root)
   * @param rules the rules that ran
   * @param version the tool's version
   * @param sourceRoot the directory file URIs are relative to, usually the repository's root; null
   *     to leave the root to the reader of the log
   * @return the SARIF JSON text
   */
  public static String render(
      List<? extends CheckedFile> files, List<Rule> rules, String version, Path sourceRoot) {
    Path root = sourceRoot == null ? null : sourceRoot.toAbsolutePath().normalize();
    List<RuleEntry> ruleEntries = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    Set<String> builtIn = new HashSet<>();
    BuiltInRules.all().forEach(rule -> builtIn.add(rule.id()));
    for (Rule rule : rules) {
      ruleIndex.put(rule.id(), ruleEntries.size());
      ruleEntries.add(
          new RuleEntry(
              rule.id(),
              rule.name(),
              new Text(rule.title()),
              new Text(rule.rationale()),
              builtIn.contains(rule.id()) ? RULES_DOCS + rule.anchor() : null,
              new Help(rule.rationale(), "**" + rule.title() + "**\n\n" + rule.rationale()),
              new Configuration(level(rule.defaultSeverity())),
              new RuleProperties(rule.family().key())));
    }
    List<Result> results = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    List<Notification> notifications = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      CheckedFile checked = files.get(f);
      ArtifactLocation where = location(checked.file(), root, f);
      artifacts.add(new Artifact(new ArtifactLocation(where.uri(), null, where.uriBaseId())));
      if (checked instanceof UnreadableFile) {
        for (FileProblem problem : ((UnreadableFile) checked).problems()) {
          notifications.add(
              new Notification(
                  "error",
                  new Text(problem.toString()),
                  List.of(
                      new Location(
                          new PhysicalLocation(where, new Region(problem.line(), problem.column())),
                          null))));
        }
        continue;
      }
      ValidatedFile file = (ValidatedFile) checked;
      for (Finding finding : file.report().findings()) {
        results.add(result(file, where, finding, ruleIndex, null));
      }
      for (SuppressedFinding suppressed : file.report().suppressed()) {
        results.add(
            result(
                file,
                where,
                suppressed.finding(),
                ruleIndex,
                List.of(
                    new Suppression(
                        "inSource",
                        suppressed.reason()
                            + suppressed.until().map(day -> " (until " + day + ")").orElse("")))));
      }
    }
    Run run =
        new Run(
            new Tool(new Driver("sbs", version, INFORMATION_URI, ruleEntries)),
            List.of(new Invocation(notifications.isEmpty(), notifications)),
            root == null ? null : Map.of(SRCROOT, new BaseUri(root.toUri().toString())),
            artifacts,
            results);
    return JsonOutput.write(new Log(SCHEMA, "2.1.0", List.of(run)));
  }

  /** Where a file is: relative to the root when inside it, else an absolute file URI. */
  private static ArtifactLocation location(String file, Path root, int index) {
    if (root != null) {
      try {
        Path absolute = root.resolve(file).normalize();
        if (!absolute.startsWith(root)) {
          return new ArtifactLocation(absolute.toUri().toString(), index, null);
        }
        file = root.relativize(absolute).toString();
      } catch (InvalidPathException e) {
        return new ArtifactLocation(uri(file), index, SRCROOT);
      }
    }
    return new ArtifactLocation(uri(file), index, SRCROOT);
  }

  private static Result result(
      ValidatedFile file,
      ArtifactLocation where,
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
                new PhysicalLocation(where, new Region(at.line(), at.column())),
                finding.path().segments().isEmpty()
                    ? null
                    : List.of(new LogicalLocation(finding.path().toString(), "member")))),
        Map.of(FINGERPRINT, fingerprint(finding)),
        suppressions,
        new ResultProperties(finding.ruleName(), finding.subject().toString(), finding.fix()));
  }

  /**
   * A finding's identity across commits, the one baselines match by: its {@link FindingKey} (rule,
   * subject, and path with elements named by id), hashed. Lines, columns and the message are left
   * out, so a finding keeps its fingerprint when unrelated lines move or figures change.
   */
  static String fingerprint(Finding finding) {
    return FindingKey.of(finding).fingerprint();
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

  record Run(
      Tool tool,
      List<Invocation> invocations,
      Map<String, BaseUri> originalUriBaseIds,
      List<Artifact> artifacts,
      List<Result> results) {}

  record Invocation(boolean executionSuccessful, List<Notification> toolExecutionNotifications) {}

  record Notification(String level, Text message, List<Location> locations) {}

  record BaseUri(String uri) {}

  record Tool(Driver driver) {}

  record Driver(String name, String version, String informationUri, List<RuleEntry> rules) {}

  record RuleEntry(
      String id,
      String name,
      Text shortDescription,
      Text fullDescription,
      String helpUri,
      Help help,
      Configuration defaultConfiguration,
      RuleProperties properties) {}

  record Text(String text) {}

  record Help(String text, String markdown) {}

  record Configuration(String level) {}

  record RuleProperties(String family) {}

  record Artifact(ArtifactLocation location) {}

  record ArtifactLocation(String uri, Integer index, String uriBaseId) {}

  record Result(
      String ruleId,
      Integer ruleIndex,
      String level,
      Text message,
      List<Location> locations,
      Map<String, String> partialFingerprints,
      List<Suppression> suppressions,
      ResultProperties properties) {}

  record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {}

  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record Region(int startLine, int startColumn) {}

  record LogicalLocation(String fullyQualifiedName, String kind) {}

  record Suppression(String kind, String justification) {}

  record ResultProperties(String ruleName, String subject, String fix) {}
}
