package org.socialstrategy.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The required attributes of one kind of element in business words, to turn what a generated
 * builder reports as missing into a {@link MissingAttributesException} a reader understands: {@code
 * tactic 'fb-shop' needs a channel and a business function}.
 */
final class RequiredAttributes {

  private final String element;
  private final String anElement;
  private final Map<String, String> words;

  private RequiredAttributes(String anElement, Map<String, String> words) {
    this.anElement = anElement;
    this.element = anElement.substring(anElement.indexOf(' ') + 1);
    this.words = words;
  }

  /**
   * Returns the required attributes of a kind of element.
   *
   * @param anElement the kind with its article, such as {@code "a tactic"}
   * @param namesAndWords each attribute's name in code followed by its words, such as {@code
   *     "function", "a business function"}
   */
  static RequiredAttributes of(String anElement, String... namesAndWords) {
    Map<String, String> words = new LinkedHashMap<>();
    for (int i = 0; i < namesAndWords.length; i += 2) {
      words.put(namesAndWords[i], namesAndWords[i + 1]);
    }
    return new RequiredAttributes(anElement, Map.copyOf(words));
  }

  /** Builds an element that has no id, saying in business words what is missing. */
  <T> T build(Supplier<T> build) {
    return build(build, null);
  }

  /**
   * Builds an element, saying in business words what is missing; the id, when set and not blank,
   * names the element.
   */
  <T> T build(Supplier<T> build, Identifier id) {
    try {
      return build.get();
    } catch (MissingAttributes missing) {
      throw describe(missing, id);
    }
  }

  RuntimeException describe(MissingAttributes missing, Identifier id) {
    List<String> names = missing.names();
    if (names.isEmpty()) {
      return new IllegalStateException(missing.getMessage(), missing);
    }
    List<String> needed = new ArrayList<>(names.size());
    for (String name : names) {
      needed.add(words.getOrDefault(name, name));
    }
    String subject = id == null || id.isBlank() ? anElement : element + " '" + id.value() + "'";
    return new MissingAttributesException(subject + " needs " + listed(needed), names);
  }

  private static String listed(List<String> words) {
    int last = words.size() - 1;
    return last == 0
        ? words.get(0)
        : String.join(", ", words.subList(0, last)) + " and " + words.get(last);
  }
}
