package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialstrategy.model.NearestMatch;

/**
 * The baseline file, written and read by hand: the scoring module has no JSON library, and the file
 * is small and flat. Reading reports every problem at once with its line and column, as strategy
 * files do; broken JSON stops it.
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
final class BaselineJson {

  private static final List<String> TOP = List.of("baselineVersion", "findings");
  private static final List<String> FIELDS =
      List.of("file", "ruleId", "ruleName", "subject", "path", "message");
  private static final List<String> REQUIRED = List.of("file", "ruleId", "subject", "path");

  private final String text;
  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<Located, Integer> keyOffsets = new IdentityHashMap<>();
  private int at;

  private BaselineJson(String text, String source) {
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.source = source;
  }

  /** A problem at an offset, for reporting in the order of the file. */
  private record Problem(int offset, String text) {}

  /** A value read with where it starts. */
  private record Located(Object value, int offset) {}

  /** Thrown to stop at broken JSON. */
  private static final class Broken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Broken() {
      super(null, null, false, false);
    }
  }

  static String write(List<Baseline.Entry> entries) {
    StringBuilder out = new StringBuilder("{\n  \"baselineVersion\": ");
    out.append(Baseline.FORMAT_VERSION).append(",\n  \"findings\": [");
    for (int i = 0; i < entries.size(); i++) {
      Baseline.Entry entry = entries.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {\n");
      field(out, "file", entry.file(), false);
      field(out, "ruleId", entry.key().ruleId(), false);
      field(out, "ruleName", entry.ruleName(), false);
      field(out, "subject", entry.key().subject(), false);
      field(out, "path", entry.key().path(), false);
      field(out, "message", entry.message(), true);
      out.append("    }");
    }
    out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString();
  }

  private static void field(StringBuilder out, String name, String value, boolean last) {
    out.append("      \"").append(name).append("\": ");
    string(out, value);
    out.append(last ? "\n" : ",\n");
  }

  private static void string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static List<Baseline.Entry> read(String text, String source) {
    BaselineJson reader = new BaselineJson(text, source);
    List<Baseline.Entry> entries;
    try {
      entries = reader.document();
    } catch (Broken broken) {
      entries = List.of();
    }
    if (!reader.problems.isEmpty()) {
      int count = reader.problems.size();
      throw new IllegalArgumentException(
          source
              + ": "
              + count
              + (count == 1 ? " problem" : " problems")
              + "\n  "
              + reader.problems.stream()
                  .sorted(Comparator.comparingInt(Problem::offset))
                  .map(Problem::text)
                  .collect(Collectors.joining("\n  ")));
    }
    return entries;
  }

  private List<Baseline.Entry> document() {
    Located root = value();
    space();
    if (at < text.length()) {
      broken("expected the end of the file after the baseline, found more");
    }
    Map<String, Located> top = object(root, "", "a baseline object");
    if (top == null) {
      return List.of();
    }
    unknown(top, TOP, "");
    Located version = top.get("baselineVersion");
    if (version == null) {
      problem(root.offset(), "", "missing required field 'baselineVersion'");
    } else if (!(version.value() instanceof String) || !isWhole((String) version.value())) {
      problem(version.offset(), "baselineVersion", "expected a whole number");
    } else if (!version.value().equals(Integer.toString(Baseline.FORMAT_VERSION))) {
      problem(
          version.offset(),
          "baselineVersion",
          "this baseline uses format version "
              + version.value()
              + "; this library reads version "
              + Baseline.FORMAT_VERSION);
      return List.of();
    }
    Located findings = top.get("findings");
    if (findings == null) {
      problem(root.offset(), "", "missing required field 'findings'");
      return List.of();
    }
    if (!(findings.value() instanceof List)) {
      problem(findings.offset(), "findings", "expected a list of findings");
      return List.of();
    }
    List<Baseline.Entry> entries = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Located> items = (List<Located>) findings.value();
    for (int i = 0; i < items.size(); i++) {
      String path = "findings[" + i + "]";
      Map<String, Located> fields = object(items.get(i), path, "a finding object");
      if (fields == null) {
        continue;
      }
      unknown(fields, FIELDS, path + ".");
      Map<String, String> values = new LinkedHashMap<>();
      boolean complete = true;
      for (String name : FIELDS) {
        Located value = fields.get(name);
        if (value == null) {
          if (REQUIRED.contains(name)) {
            problem(items.get(i).offset(), path, "missing required field '" + name + "'");
            complete = false;
          }
          values.put(name, "");
        } else if (value.value() instanceof Text) {
          values.put(name, ((Text) value.value()).text());
        } else {
          problem(value.offset(), path + "." + name, "expected text");
          complete = false;
        }
      }
      if (complete) {
        entries.add(
            new Baseline.Entry(
                values.get("file"),
                new FindingKey(values.get("ruleId"), values.get("subject"), values.get("path")),
                values.get("ruleName"),
                values.get("message")));
      }
    }
    return entries;
  }

  private static boolean isWhole(String number) {
    return !number.isEmpty() && number.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @SuppressWarnings("unchecked")
  private Map<String, Located> object(Located value, String path, String what) {
    if (value.value() instanceof Map) {
      return (Map<String, Located>) value.value();
    }
    problem(value.offset(), path, "expected " + what);
    return null;
  }

  private void unknown(Map<String, Located> fields, List<String> known, String prefix) {
    for (Map.Entry<String, Located> field : fields.entrySet()) {
      if (!known.contains(field.getKey())) {
        problem(
            keyOffsets.getOrDefault(field.getValue(), field.getValue().offset()),
            prefix + field.getKey(),
            "unknown field '"
                + field.getKey()
                + "'"
                + NearestMatch.among(field.getKey(), known)
                    .map(near -> " (did you mean '" + near + "'?)")
                    .orElse(""));
      }
    }
  }

  /** JSON's null, which no field of a baseline takes. */
  private static final Object NULL = new Object();

  /** A JSON string, told apart from the number texts the reader keeps as {@code String}. */
  private record Text(String text) {}

  private Located value() {
    space();
    int start = at;
    if (at >= text.length()) {
      broken("the baseline ends where a value was expected");
    }
    char c = text.charAt(at);
    Object value;
    if (c == '{') {
      value = members();
    } else if (c == '[') {
      value = items();
    } else if (c == '"') {
      value = new Text(quoted());
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      value = number();
    } else if (text.startsWith("true", at)) {
      at += 4;
      value = Boolean.TRUE;
    } else if (text.startsWith("null", at)) {
      at += 4;
      value = NULL;
    } else if (text.startsWith("false", at)) {
      at += 5;
      value = Boolean.FALSE;
    } else {
      broken("expected a value, found '" + c + "'");
      value = null;
    }
    return new Located(value, start);
  }

  private Map<String, Located> members() {
    Map<String, Located> members = new LinkedHashMap<>();
    at++;
    space();
    if (peek() == '}') {
      at++;
      return members;
    }
    while (true) {
      space();
      if (peek() != '"') {
        broken("expected a field name in double quotes");
      }
      int keyAt = at;
      String key = quoted();
      space();
      expect(':');
      Located value = value();
      if (members.containsKey(key)) {
        problem(keyAt, key, "duplicate key '" + key + "'");
      } else {
        members.put(key, value);
        keyOffsets.put(value, keyAt);
      }
      space();
      char next = peek();
      at++;
      if (next == '}') {
        return members;
      }
      if (next != ',') {
        at--;
        broken("expected ',' or '}' after a field");
      }
    }
  }

  private List<Located> items() {
    List<Located> items = new ArrayList<>();
    at++;
    space();
    if (peek() == ']') {
      at++;
      return items;
    }
    while (true) {
      items.add(value());
      space();
      char next = peek();
      at++;
      if (next == ']') {
        return items;
      }
      if (next != ',') {
        at--;
        broken("expected ',' or ']' after an item");
      }
    }
  }

  private String quoted() {
    StringBuilder value = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        broken("a text is not closed with '\"'");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      if (c < 0x20) {
        at--;
        broken("a control character in a text: write it as an escape such as \\n");
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escape = at < text.length() ? text.charAt(at++) : ' ';
      switch (escape) {
        case '"', '\\', '/' -> value.append(escape);
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'u' -> {
          if (at + 4 > text.length()) {
            broken("an escape \\u needs four hexadecimal digits");
          }
          try {
            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException e) {
            broken("an escape \\u needs four hexadecimal digits");
          }
          at += 4;
        }
        default -> {
          at--;
          broken("unknown escape '\\" + escape + "'");
        }
      }
    }
  }

  private String number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return text.substring(start, at);
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private char peek() {
    if (at >= text.length()) {
      broken("the baseline ends too early");
    }
    return text.charAt(at);
  }

  private void expect(char c) {
    if (peek() != c) {
      broken("expected '" + c + "'");
    }
    at++;
  }

  private void broken(String message) {
    problem(Math.min(at, text.length()), "", message);
    throw new Broken();
  }

  private void problem(int offset, String path, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    problems.add(
        new Problem(
            offset,
            source
                + ":"
                + line
                + ":"
                + (offset - lineStart + 1)
                + ": "
                + (path.isEmpty() ? "" : path + ": ")
                + message));
  }
}
