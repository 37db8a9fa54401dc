package org.socialstrategy.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialstrategy.io.FileProblem;
import org.socialstrategy.io.ProblemKind;
import org.socialstrategy.io.StrategyFileException;
import org.socialstrategy.scoring.validation.Baseline;
import org.socialstrategy.scoring.validation.FindingKey;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The baseline file that {@code sbs baseline} writes and {@code sbs validate --baseline} reads:
 * JSON with two-space indentation, versioned by {@code baselineVersion}, documented in {@code
 * docs/git.md}. Written with the reports' JSON writer and read with Jackson's streaming parser, so
 * every problem of a file is reported at once with its line and column, as strategy files are.
 *
 * <pre>{@code
 * {
 *   "baselineVersion": 1,
 *   "findings": [
 *     {
 *       "file": "strategies/retail.yaml",
 *       "ruleId": "SBS101",
 *       "ruleName": "unaligned-tactic",
 *       "subject": "tactic:fb-fan-contest",
 *       "path": "tactics[fb-fan-contest]",
 *       "message": "tactic 'fb-fan-contest' supports no business goal; ..."
 *     }
 *   ]
 * }
 * }</pre>
 */
public final class BaselineFile {

  private static final List<String> FIELDS =
      List.of("file", "ruleId", "ruleName", "subject", "path", "message");
  private static final List<String> REQUIRED = List.of("file", "ruleId", "subject", "path");
  private static final JsonFactory JSON = new JsonFactory();

  private final String source;
  private final JsonParser parser;
  private final List<FileProblem> problems = new ArrayList<>();

  private BaselineFile(String json, String source) {
    this.source = source;
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    this.parser = JSON.createParser(ObjectReadContext.empty(), text);
  }

  /** The file as written: its version and its findings. */
  private record Document(int baselineVersion, List<Accepted> findings) {}

  /** One accepted finding as written. */
  private record Accepted(
      String file, String ruleId, String ruleName, String subject, String path, String message) {}

  /**
   * Writes a baseline as a baseline file, entries in the baseline's order, ended by a line break.
   *
   * @param baseline the baseline
   * @return the file's text
   */
  public static String write(Baseline baseline) {
    List<Accepted> findings = new ArrayList<>();
    for (Baseline.Entry entry : baseline.entries()) {
      findings.add(
          new Accepted(
              entry.file(),
              entry.key().ruleId(),
              entry.ruleName(),
              entry.key().subject(),
              entry.key().path(),
              entry.message()));
    }
    return JsonOutput.write(new Document(Baseline.FORMAT_VERSION, findings)) + "\n";
  }

  /**
   * Reads a baseline file.
   *
   * @param json the file's text
   * @param source the name problems are reported under, such as {@code sbs-baseline.json}
   * @return the baseline
   * @throws StrategyFileException listing every problem of the file with its line and column, if
   *     the text is not a baseline of a version this library reads
   */
  public static Baseline read(String json, String source) {
    BaselineFile file = new BaselineFile(json, source);
    List<Baseline.Entry> entries = new ArrayList<>();
    try {
      file.document(entries);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      file.problem(
          at,
          "",
          ProblemKind.SYNTAX,
          "this is not JSON: " + (e.getOriginalMessage() == null ? "" : e.getOriginalMessage()));
    }
    file.parser.close();
    if (!file.problems.isEmpty()) {
      throw new StrategyFileException(file.problems, 0);
    }
    return Baseline.of(entries);
  }

  private void document(List<Baseline.Entry> entries) {
    JsonToken first = parser.nextToken();
    TokenStreamLocation start = parser.currentTokenLocation();
    if (first != JsonToken.START_OBJECT) {
      problem(start, "", ProblemKind.WRONG_TYPE, "expected a baseline object");
      return;
    }
    boolean version = false;
    boolean findings = false;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      TokenStreamLocation at = parser.currentTokenLocation();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "baselineVersion" -> {
          version = true;
          if (value != JsonToken.VALUE_NUMBER_INT) {
            problem(at, name, ProblemKind.WRONG_TYPE, "expected a whole number");
            parser.skipChildren();
          } else if (parser.getIntValue() != Baseline.FORMAT_VERSION) {
            problem(
                at,
                name,
                ProblemKind.UNSUPPORTED_VERSION,
                "this baseline uses format version "
                    + parser.getString()
                    + "; this library reads version "
                    + Baseline.FORMAT_VERSION);
            return;
          }
        }
        case "findings" -> {
          findings = true;
          if (value != JsonToken.START_ARRAY) {
            problem(at, name, ProblemKind.WRONG_TYPE, "expected a list of findings");
            parser.skipChildren();
          } else {
            findings(entries);
          }
        }
        default -> {
          problem(
              at,
              name,
              ProblemKind.UNKNOWN_FIELD,
              "unknown field '" + name + "'; a baseline has baselineVersion and findings");
          parser.skipChildren();
        }
      }
    }
    if (!version) {
      problem(start, "", ProblemKind.MISSING_FIELD, "missing required field 'baselineVersion'");
    }
    if (!findings) {
      problem(start, "", ProblemKind.MISSING_FIELD, "missing required field 'findings'");
    }
    if (parser.nextToken() != null) {
      problem(
          parser.currentTokenLocation(),
          "",
          ProblemKind.SYNTAX,
          "expected the end of the file after the baseline, found more");
    }
  }

  private void findings(List<Baseline.Entry> entries) {
    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
      String path = "findings[" + i + "]";
      TokenStreamLocation start = parser.currentTokenLocation();
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        problem(start, path, ProblemKind.WRONG_TYPE, "expected a finding object");
        parser.skipChildren();
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      List<String> present = new ArrayList<>();
      boolean complete = true;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        TokenStreamLocation at = parser.currentTokenLocation();
        JsonToken value = parser.nextToken();
        present.add(name);
        if (!FIELDS.contains(name)) {
          problem(
              at,
              path + "." + name,
              ProblemKind.UNKNOWN_FIELD,
              "unknown field '" + name + "'; a finding has " + String.join(", ", FIELDS));
          parser.skipChildren();
        } else if (value != JsonToken.VALUE_STRING) {
          problem(at, path + "." + name, ProblemKind.WRONG_TYPE, "expected text");
          parser.skipChildren();
          complete = false;
        } else {
          values.put(name, parser.getString());
        }
      }
      for (String name : REQUIRED) {
        if (!present.contains(name)) {
          problem(start, path, ProblemKind.MISSING_FIELD, "missing required field '" + name + "'");
          complete = false;
        }
      }
      if (complete) {
        entries.add(
            new Baseline.Entry(
                values.get("file"),
                new FindingKey(values.get("ruleId"), values.get("subject"), values.get("path")),
                values.getOrDefault("ruleName", ""),
                values.getOrDefault("message", "")));
      }
    }
  }

  private void problem(TokenStreamLocation at, String path, ProblemKind kind, String message) {
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    problems.add(new FileProblem(source, line, column, path, kind, message, Optional.empty()));
  }
}
