package org.socialstrategy.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.TokenStreamContext;

/**
 * Turns what a parser says about broken syntax into this library's words: what was expected and
 * what was found. The parsers' own messages are only matched here, never shown, so that users see
 * one voice and no class names.
 */
final class TreeSyntaxMessages {

  /** Jackson names the character it found as {@code ('}' (code 125))}. */
  private static final Pattern FOUND_CHARACTER = Pattern.compile("\\('(.+?)' \\(code (\\d+)\\)\\)");

  /** Jackson names an unknown word as {@code token 'tru'}. */
  private static final Pattern FOUND_TOKEN = Pattern.compile("token '([^']*)'");

  /** Jackson names an unexpected bracket as {@code close marker ']'}. */
  private static final Pattern FOUND_MARKER = Pattern.compile("close marker '(.)'");

  private static final String A_VALUE =
      "a value (text in double quotes, a number, true, false, null, an object or a list)";

  private TreeSyntaxMessages() {}

  /**
   * A message and an optional hint.
   *
   * @param message what was expected and found
   * @param hint a likely fix, or null
   */
  record Translation(String message, String hint) {}

  /**
   * Translates a JSON parser's complaint.
   *
   * @param complaint the parser's message, never shown
   * @param context where the parser was: in an object, a list, or at the top
   * @return the message and hint
   */
  static Translation json(String complaint, TokenStreamContext context) {
    String found = found(complaint);
    if (complaint.contains("end-of-input")) {
      if (complaint.contains("closing quote")) {
        return new Translation("the file ends inside a text: expected a closing '\"'", null);
      }
      if (complaint.contains("Object")) {
        return new Translation("the file ends inside an object: expected '}'", null);
      }
      if (complaint.contains("Array")) {
        return new Translation("the file ends inside a list: expected ']'", null);
      }
      return new Translation("the file ends too early: expected " + A_VALUE, null);
    }
    if (complaint.contains("double-quote to start property name")) {
      return new Translation(
          "expected a field name in double quotes" + found,
          found.equals(", found '}'") ? "remove the comma before '}'" : "quote the field name");
    }
    if (complaint.contains("comma to separate Object entries")) {
      return new Translation("expected ',' or '}' after the field's value" + found, null);
    }
    if (complaint.contains("comma to separate Array entries")) {
      return new Translation("expected ',' or ']' after the list item" + found, null);
    }
    if (complaint.contains("colon to separate property name and value")) {
      return new Translation("expected ':' after the field name" + found, null);
    }
    if (complaint.startsWith("Unexpected close marker")) {
      String closing =
          context.inObject() ? "'}'" : context.inArray() ? "']'" : "the end of the file";
      return new Translation(
          "expected " + closing + found,
          found.equals(", found ']'") && context.inArray() ? null : "check the brackets");
    }
    if (complaint.contains("Leading zeroes")) {
      return new Translation("expected a number without leading zeros", "write 7, not 07");
    }
    if (complaint.contains("Illegal unquoted character")) {
      return new Translation(
          "expected a control character in text to be escaped", "write \\n for a line break");
    }
    if (complaint.contains("character escape")) {
      return new Translation(
          "expected an escape such as \\n, \\\" or \\\\ after the backslash" + found,
          "write a backslash as \\\\");
    }
    if (complaint.contains("Non-standard token")) {
      return new Translation("expected a number" + found, "NaN and Infinity are not JSON numbers");
    }
    if (complaint.contains("Unrecognized token") || complaint.contains("valid value")) {
      return new Translation(
          "expected " + A_VALUE + found,
          found.equals(", found ']'") || found.equals(", found '}'")
              ? "remove the comma before it"
              : "write text in double quotes");
    }
    if (complaint.contains("numeric value")) {
      return new Translation("expected a number" + found, null);
    }
    if (context.inObject()) {
      return new Translation("expected a field or '}'" + found, null);
    }
    if (context.inArray()) {
      return new Translation("expected a list item or ']'" + found, null);
    }
    return new Translation("expected a JSON object" + found, null);
  }

  /** Returns {@code ", found 'x'"} for the character or word the complaint names, or "". */
  private static String found(String complaint) {
    Matcher character = FOUND_CHARACTER.matcher(complaint);
    if (character.find()) {
      int code = Integer.parseInt(character.group(2));
      return code < ' ' ? ", found a control character" : ", found '" + character.group(1) + "'";
    }
    Matcher token = FOUND_TOKEN.matcher(complaint);
    if (token.find()) {
      return ", found '" + token.group(1) + "'";
    }
    Matcher marker = FOUND_MARKER.matcher(complaint);
    return marker.find() ? ", found '" + marker.group(1) + "'" : "";
  }

  /**
   * Translates a complaint of Jackson's YAML layer, which sees events rather than characters.
   *
   * @param complaint the complaint, never shown
   * @return the message and hint
   */
  static Translation yaml(String complaint) {
    if (complaint.startsWith("Expected a property name")) {
      return new Translation(
          "expected a key of plain text, found a list or an object",
          "keys are words such as 'name'");
    }
    return new Translation("expected 'key: value' lines, '- ' list items or values", null);
  }

  /**
   * Translates a YAML scanner's or parser's complaint.
   *
   * @param error the complaint, never shown
   * @return the message and hint
   */
  static Translation yaml(MarkedYamlEngineException error) {
    String problem = error.getProblem() == null ? "" : error.getProblem();
    String context = error.getContext() == null ? "" : error.getContext();
    if (problem.startsWith("mapping values are not allowed")) {
      return new Translation(
          "expected a value or a new line after the key, found ':'",
          "put a value that contains ': ' in quotes, or check the indentation");
    }
    if (problem.contains("cannot start any token")) {
      if (problem.contains("TAB")) {
        return new Translation(
            "expected spaces for indentation, found a tab", "indent with spaces only");
      }
      return new Translation(
          "expected a value, found a character that cannot start one", "put the value in quotes");
    }
    if (problem.startsWith("expected <block end>")) {
      return new Translation(
          "expected this line to line up with the lines above it",
          "indent every field of an object, and every '- ' item of a list, alike");
    }
    if (problem.startsWith("could not find expected ':'")) {
      return new Translation(
          "expected ':' after the key", "a text that runs over several lines must be quoted");
    }
    if (problem.contains("end of stream")) {
      return new Translation(
          context.contains("quoted")
              ? "the file ends inside a quoted text: expected the closing quote"
              : "the file ends too early: expected more",
          null);
    }
    if (problem.startsWith("expected ',' or ']'")) {
      return new Translation("expected ',' or ']' in the list", null);
    }
    if (problem.startsWith("expected ',' or '}'")) {
      return new Translation("expected ',' or '}' in the object", null);
    }
    if (problem.contains("escape character")) {
      return new Translation(
          "expected an escape such as \\n, \\\" or \\\\ after the backslash",
          "write a backslash as \\\\, or use single quotes");
    }
    if (problem.startsWith("did not find expected '-'")) {
      return new Translation("expected a '- ' list item", null);
    }
    if (problem.startsWith("did not find expected key")) {
      return new Translation("expected a 'key: value' line", null);
    }
    return new Translation(
        "expected 'key: value' lines, '- ' list items or values",
        "check the indentation and the quotes");
  }
}
