package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken syntax is reported as what was expected and what was found, at the right place. */
class TreeSyntaxMessagesTest {

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        arguments(
            "a.json",
            "{\"formatVersion\": 1 \"organization\": {}}",
            "a.json:1:21: expected ',' or '}' after the field's value, found '\"'"),
        arguments(
            "a.json",
            "{\"formatVersion\" 1}",
            "a.json:1:18: expected ':' after the field name, found '1'"),
        arguments(
            "a.json",
            "{\"x\": [1 2]}",
            "a.json:1:10: expected ',' or ']' after the list item, found '2'"),
        arguments(
            "a.json",
            "{\"x\": tru}",
            "a.json:1:7: expected a value (text in double quotes, a number, true, false, null, an object or a list), found 'tru' (write text in double quotes)"),
        arguments(
            "a.json",
            "{\"x\": \"abc",
            "a.json:1:11: the file ends inside a text: expected a closing '\"'"),
        arguments(
            "a.json", "{\"x\": [1, 2", "a.json:1:12: the file ends inside a list: expected ']'"),
        arguments(
            "a.json",
            "{\"x\": 01}",
            "a.json:1:8: expected a number without leading zeros (write 7, not 07)"),
        arguments(
            "a.json",
            "{\"x\": \"a\u0001b\"}",
            "a.json:1:9: expected a control character in text to be escaped (write \\n for a line break)"),
        arguments(
            "a.json",
            "{\"x\": \"a\\qb\"}",
            "a.json:1:10: expected an escape such as \\n, \\\" or \\\\ after the backslash (write a backslash as \\\\)"),
        arguments(
            "a.json",
            "{\"x\": NaN}",
            "a.json:1:10: expected a number, found 'NaN' (NaN and Infinity are not JSON numbers)"),
        arguments(
            "a.json",
            "{\"x\": [1,]}",
            "a.json:1:10: expected a value (text in double quotes, a number, true, false, null, an object or a list), found ']' (remove the comma before it)"),
        arguments(
            "a.json", "{\"x\": 1]", "a.json:1:8: expected '}', found ']' (check the brackets)"),
        arguments(
            "a.json",
            "{\"x\": 1} {\"y\": 2}",
            "a.json:1:10: expected the end of the file after the document, found more"),
        arguments("a.json", "{\"x\": -}", "a.json:1:8: expected a number, found '}'"),
        arguments(
            "a.json",
            "{x: 1}",
            "a.json:1:2: expected a field name in double quotes, found 'x' (quote the field name)"),
        arguments(
            "a.json", "{\"x\": 1", "a.json:1:8: the file ends inside an object: expected '}'"),
        arguments(
            "a.json",
            "]",
            "a.json:1:1: expected the end of the file, found ']' (check the brackets)"),
        arguments(
            "a.yaml",
            "a: b: c\n",
            "a.yaml:1:5: expected a value or a new line after the key, found ':' (put a value that contains ': ' in quotes, or check the indentation)"),
        arguments(
            "a.yaml",
            "a:\n\t- 1\n",
            "a.yaml:2:1: expected spaces for indentation, found a tab (indent with spaces only)"),
        arguments(
            "a.yaml",
            "a: @x\n",
            "a.yaml:1:4: expected a value, found a character that cannot start one (put the value in quotes)"),
        arguments(
            "a.yaml",
            "a: 'abc\n",
            "a.yaml:2:1: the file ends inside a quoted text: expected the closing quote"),
        arguments("a.yaml", "a: [1, 2\n", "a.yaml:2:1: expected ',' or ']' in the list"),
        arguments("a.yaml", "a: {b: 1\n", "a.yaml:2:1: expected ',' or '}' in the object"),
        arguments(
            "a.yaml",
            "a: \"x\\qy\"\n",
            "a.yaml:1:7: expected an escape such as \\n, \\\" or \\\\ after the backslash (write a backslash as \\\\, or use single quotes)"),
        arguments(
            "a.yaml",
            "? [a, b]\n: 1\n",
            "a.yaml:1:4: expected a key of plain text, found a list or an object (keys are words such as 'name')"),
        arguments(
            "a.yaml",
            "- a\nb: 1\n",
            "a.yaml:2:1: expected this line to line up with the lines above it (indent every field of an object, and every '- ' item of a list, alike)"),
        arguments(
            "a.yaml",
            "a:\n  - 1\n  b: 2\n",
            "a.yaml:3:3: expected this line to line up with the lines above it (indent every field of an object, and every '- ' item of a list, alike)"),
        arguments(
            "a.yaml",
            "%YAML 1.2\n%YAML 1.2\n---\na: 1\n",
            "a.yaml:2:1: expected 'key: value' lines, '- ' list items or values (check the indentation and the quotes)"));
  }

  @ParameterizedTest
  @MethodSource("brokenDocuments")
  void saysWhatWasExpectedAndWhatWasFound(String name, String content, String expected) {
    StrategyFileException thrown =
        assertThrows(StrategyFileException.class, () -> StrategyFiles.read(content, name));
    assertEquals(1, thrown.problems().size(), thrown::getMessage);
    assertEquals(ProblemKind.SYNTAX, thrown.problems().get(0).kind());
    assertEquals(expected, thrown.problems().get(0).toString());
  }
}
