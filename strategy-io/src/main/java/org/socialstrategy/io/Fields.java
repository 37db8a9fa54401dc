package org.socialstrategy.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.NearestMatch;
import org.socialstrategy.model.StrategyPath;

/**
 * One object of a file checked against its {@link FormatShapes.ObjectShape}: unknown and missing
 * fields are reported when it is made, and each accessor reports a value of the wrong type or a bad
 * value. Every problem is recorded and reading goes on, so one pass finds them all.
 *
 * <p>A required value that is missing or wrong is replaced by a placeholder and its field is marked
 * tainted ({@link Decoding#taint}): the strategy is still built, so that its invariants are checked
 * too, but violations at tainted fields are not reported, since they would only echo the problem
 * already found.
 */
final class Fields {

  private static final Node.Mapping EMPTY =
      new Node.Mapping(new String[0], new int[0], new Node[0], 1, 1);

  private final Decoding decoding;
  private final Node.Mapping node;
  private final FormatShapes.ObjectShape shape;
  private final Place place;

  /**
   * Checks an object's fields against its shape.
   *
   * @param decoding where problems go
   * @param node the object, or null for a stand-in of an item that was not an object: its fields
   *     are all absent and its path is tainted, without a problem of its own
   * @param shape what the object should hold
   * @param place where the object is
   */
  Fields(Decoding decoding, Node.Mapping node, FormatShapes.ObjectShape shape, Place place) {
    this.decoding = decoding;
    this.node = node == null ? EMPTY : node;
    this.shape = shape;
    this.place = place;
    if (node == null) {
      decoding.taint(place.path());
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      String key = node.key(i);
      if (shape.property(key) == null && !isExtension(key)) {
        unknownField(node.field(i));
      }
    }
    List<FormatShapes.Property> properties = shape.properties();
    for (int i = 0; i < properties.size(); i++) {
      FormatShapes.Property property = properties.get(i);
      if (property.required() && node.indexOfName(property.name()) < 0) {
        decoding.report(
            node,
            place.path(),
            ProblemKind.MISSING_FIELD,
            "missing required field '" + property.name() + "'",
            property.name().equals("formatVersion") ? FormatV1.START : null);
        taintFor(property.name());
      }
    }
  }

  /**
   * Marks a field as holding a placeholder. Violations at the field are then not reported; an
   * object whose invariants tie fields together, such as an objective, is marked whole by the
   * decoder.
   */
  private void taintFor(String name) {
    decoding.taint(place.path().field(name));
  }

  private boolean isExtension(String key) {
    return shape.extensible() && key.startsWith(FormatV1.EXTENSION_PREFIX);
  }

  private void unknownField(Node.Field field) {
    String message = "unknown field '" + FormatShapes.abbreviate(field.key()) + "'";
    String hint;
    if (field.key().startsWith(FormatV1.EXTENSION_PREFIX)) {
      hint =
          "x- fields are allowed on the strategy, goals, metrics, tactics, stakeholders,"
              + " initiatives and platforms";
    } else {
      hint = NearestMatch.among(field.key(), shape.names()).map(Decoding::didYouMean).orElse(null);
    }
    decoding.report(
        field.line(),
        field.column(),
        place.path().field(field.key()),
        ProblemKind.UNKNOWN_FIELD,
        message,
        hint);
  }

  /** Returns the path of this object in the file. */
  StrategyPath path() {
    return place.path();
  }

  private FormatShapes.Property property(String name) {
    FormatShapes.Property property = shape.property(name);
    if (property == null) {
      throw new IllegalArgumentException(shape.type().getSimpleName() + " has no field " + name);
    }
    return property;
  }

  /**
   * Returns a field's value when it has a type the field accepts. A missing or null value is
   * absent; a value of the wrong type is reported and absent. A required field that is absent is
   * tainted.
   */
  Node get(String name) {
    FormatShapes.Property property = property(name);
    int index = node.indexOfName(property.name());
    if (index < 0) {
      return null;
    }
    Node value = node.value(index);
    if (isNull(value)) {
      if (property.required()) {
        decoding.report(
            value,
            place.path().field(name),
            ProblemKind.MISSING_FIELD,
            "required field '" + name + "' has no value",
            null);
        taintFor(name);
      }
      return null;
    }
    if (!property.shape().accepts(value)) {
      wrongType(value, place.path().field(name), property.shape());
      if (property.required()) {
        taintFor(name);
      }
      return null;
    }
    return value;
  }

  private static boolean isNull(Node value) {
    return value instanceof Node.Scalar && ((Node.Scalar) value).type() == Node.Type.NULL;
  }

  private void wrongType(Node value, StrategyPath at, FormatShapes.ValueShape expected) {
    boolean quotable =
        (expected.kinds() & FormatShapes.ValueShape.TEXT) != 0 && value instanceof Node.Scalar;
    decoding.report(
        value,
        at,
        ProblemKind.WRONG_TYPE,
        "expected " + expected.describe() + ", found " + FormatShapes.describe(value),
        quotable ? "put it in quotes" : null);
  }

  /**
   * Reports a bad value of a field that is present; a required field is tainted.
   *
   * @param name the field
   * @param message what is wrong
   * @param hint a likely fix, or null
   */
  void bad(String name, String message, String hint) {
    decoding.report(
        node.value(name), place.path().field(name), ProblemKind.BAD_VALUE, message, hint);
    if (property(name).required()) {
      taintFor(name);
    }
  }

  /** Returns a text field, or null when it is absent or not text. */
  String text(String name) {
    Node value = get(name);
    return value == null ? null : ((Node.Scalar) value).text();
  }

  /**
   * Returns a value of an open catalog, such as a business function, or null when absent or blank
   * (reported).
   */
  <T> T catalog(String name, Function<String, T> of, String what) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      bad(name, what + " must not be blank", null);
      return null;
    }
    return of.apply(text);
  }

  /** Returns a decimal field, exact from the text written, or null when absent or bad. */
  BigDecimal decimal(String name) {
    Node value = get(name);
    BigDecimal decimal = value == null ? null : decoding.decimal(value, place, name);
    if (decimal == null && value != null && property(name).required()) {
      taintFor(name);
    }
    return decimal;
  }

  /** Returns a number field that the model keeps as a double, such as a weight. */
  Double number(String name) {
    Node value = get(name);
    if (value == null) {
      return null;
    }
    String text = ((Node.Scalar) value).text();
    double number;
    try {
      number = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      bad(name, "'" + FormatShapes.abbreviate(text) + "' is not a number", null);
      return null;
    }
    if (Double.isInfinite(number)) {
      bad(name, "the number " + FormatShapes.abbreviate(text) + " is too large", null);
      return null;
    }
    return number;
  }

  /** Returns a boolean field. */
  Boolean bool(String name) {
    Node value = get(name);
    return value == null ? null : Boolean.valueOf(((Node.Scalar) value).text());
  }

  /** Returns a whole number field, or null when absent or out of range. */
  Integer whole(String name) {
    Node value = get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(((Node.Scalar) value).text());
    } catch (NumberFormatException e) {
      bad(
          name,
          "the number "
              + FormatShapes.abbreviate(((Node.Scalar) value).text())
              + " is out of range",
          null);
      return null;
    }
  }

  /** Returns a day field written {@code 2027-03-31}: null when absent or bad and optional. */
  LocalDate date(String name) {
    Node value = get(name);
    if (value == null) {
      return null;
    }
    String text = ((Node.Scalar) value).text();
    LocalDate day = decoding.days.apply(text);
    if (day == null) {
      bad(
          name,
          "'" + FormatShapes.abbreviate(text) + "' is not a date",
          "write a day as 2027-03-31");
    }
    return day;
  }

  /** Returns an enum field written in lower case with hyphens, or null when absent or bad. */
  <E extends Enum<E>> E choice(String name, Class<E> type) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    E constant = Decoding.constant(type, text);
    if (constant == null) {
      bad(
          name,
          "unknown " + Decoding.words(type) + " '" + FormatShapes.abbreviate(text) + "'",
          Decoding.suggest(type, text));
    }
    return constant;
  }

  /** Returns a nested object, or null when absent. */
  Fields object(String name) {
    Node value = get(name);
    return value instanceof Node.Mapping ? nested(name, (Node.Mapping) value) : null;
  }

  /** Returns a field's object value, got from {@link #get}, checked against its shape. */
  Fields nested(String name, Node.Mapping value) {
    return new Fields(decoding, value, property(name).shape().object(), place.field(name));
  }

  /**
   * Visits the entries of a map field, such as budgets keyed by year. An entry whose value is not
   * an object is reported and skipped.
   *
   * @param name the field
   * @param each receives an entry's key, with where it is, and its value checked against its shape
   */
  void entries(String name, BiConsumer<Node.Field, Fields> each) {
    Node value = get(name);
    if (value == null) {
      return;
    }
    FormatShapes.ValueShape values = property(name).shape().items();
    Node.Mapping map = (Node.Mapping) value;
    for (int i = 0; i < map.size(); i++) {
      Node.Field entry = map.field(i);
      Place at = place.key(name, entry.key());
      if (entry.value() instanceof Node.Mapping) {
        each.accept(entry, new Fields(decoding, (Node.Mapping) entry.value(), values.object(), at));
      } else {
        wrongType(entry.value(), at.path(), values);
      }
    }
  }

  /**
   * Decodes the items of a list field. An item of the wrong type is reported, its path tainted, and
   * decoded as null so that the items keep their positions.
   *
   * @param name the field
   * @param decode decodes one item (null for a wrong one) at its path
   * @param <T> what the items become
   * @return the decoded items, empty when the field is absent
   */
  <T> List<T> list(String name, BiFunction<Node, Place, T> decode) {
    return items(name, (item, position) -> decode.apply(item, place.index(name, position)));
  }

  /**
   * Decodes the items of a list of texts, such as ids. An item of the wrong type is reported, its
   * path tainted, and decoded from an empty text so that the items keep their positions.
   *
   * @param name the field
   * @param decode decodes one item's text
   * @param <T> what the items become
   * @return the decoded items, empty when the field is absent
   */
  <T> List<T> texts(String name, Function<String, T> decode) {
    return items(
        name, (item, position) -> decode.apply(item == null ? "" : ((Node.Scalar) item).text()));
  }

  /** Decodes one item of a list, null when it had the wrong type, at its position. */
  private interface Item<T> {
    T decode(Node item, int position);
  }

  private <T> List<T> items(String name, Item<T> decode) {
    Node value = get(name);
    if (value == null) {
      return List.of();
    }
    FormatShapes.ValueShape items = property(name).shape().items();
    Node.Sequence nodes = (Node.Sequence) value;
    List<T> decoded = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      Node item = nodes.item(i);
      if (isNull(item) || !items.accepts(item)) {
        StrategyPath at = place.index(name, i).path();
        wrongType(item, at, items);
        decoding.taint(at);
        item = null;
      }
      decoded.add(decode.decode(item, i));
    }
    return decoded;
  }

  /**
   * Decodes the items of a list of objects; a wrong item decodes from an empty object, quietly.
   *
   * @param name the field
   * @param decode decodes one object
   * @param <T> what the items become
   * @return the decoded items
   */
  <T> List<T> objects(String name, Function<Fields, T> decode) {
    FormatShapes.ObjectShape items = property(name).shape().items().object();
    return list(
        name, (item, at) -> decode.apply(new Fields(decoding, (Node.Mapping) item, items, at)));
  }

  /**
   * Returns the distinct values a list of texts names, such as kinds of value; an unknown or
   * repeated item is reported.
   *
   * @param name the field
   * @param what what an item names, for messages: "customer value"
   * @param parse turns an item's text into a value, or null when no value has that text
   * @param hint a likely fix for an unknown text, or null
   * @param <T> the values
   * @return the distinct values, in order
   */
  <T> List<T> distinct(
      String name, String what, Function<String, T> parse, Function<String, String> hint) {
    Distinct<T> values = new Distinct<>();
    items(
        name,
        (item, position) -> {
          if (item == null) {
            return null;
          }
          String text = ((Node.Scalar) item).text();
          T value = parse.apply(text);
          if (value == null) {
            decoding.report(
                item,
                place.index(name, position).path(),
                ProblemKind.BAD_VALUE,
                "unknown " + what + " '" + FormatShapes.abbreviate(text) + "'",
                hint.apply(text));
          } else if (!values.add(value)) {
            decoding.report(
                item,
                place.index(name, position).path(),
                ProblemKind.BAD_VALUE,
                what + " '" + FormatShapes.abbreviate(text) + "' repeats an earlier item",
                null);
          }
          return null;
        });
    return values.values;
  }

  /** Values in order, each once: short lists, the usual, are searched; long ones hashed. */
  private static final class Distinct<T> {
    private static final int SHORT = 16;
    private final List<T> values = new ArrayList<>(2);
    private Set<T> hashed;

    /** Adds a value unless it is there already, and tells whether it was added. */
    boolean add(T value) {
      if (hashed == null && values.size() >= SHORT) {
        hashed = new HashSet<>(values);
      }
      boolean added = hashed == null ? !values.contains(value) : hashed.add(value);
      if (added) {
        values.add(value);
      }
      return added;
    }
  }

  /** Returns the {@code x-} fields as extension values, in order. */
  Map<String, ExtensionValue> extensions() {
    if (!shape.extensible()) {
      return Map.of();
    }
    Map<String, ExtensionValue> extensions = new LinkedHashMap<>();
    for (int i = 0; i < node.size(); i++) {
      String key = node.key(i);
      if (isExtension(key)) {
        extensions.put(key, extension(node.value(i), place.path().field(key)));
      }
    }
    return extensions.isEmpty() ? Map.of() : Collections.unmodifiableMap(extensions);
  }

  private ExtensionValue extension(Node value, StrategyPath at) {
    if (value instanceof Node.Sequence) {
      Node.Sequence items = (Node.Sequence) value;
      List<ExtensionValue> list = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        list.add(extension(items.item(i), Locations.item(at, i)));
      }
      return ExtensionValue.list(list);
    }
    if (value instanceof Node.Mapping) {
      Map<String, ExtensionValue> fields = new LinkedHashMap<>();
      Node.Mapping object = (Node.Mapping) value;
      for (int i = 0; i < object.size(); i++) {
        fields.put(object.key(i), extension(object.value(i), at.field(object.key(i))));
      }
      return ExtensionValue.object(fields);
    }
    Node.Scalar scalar = (Node.Scalar) value;
    switch (scalar.type()) {
      case TEXT:
        return ExtensionValue.text(scalar.text());
      case BOOLEAN:
        return ExtensionValue.bool(Boolean.parseBoolean(scalar.text()));
      case NULL:
        return ExtensionValue.nullValue();
      default:
        BigDecimal decimal = decoding.decimal(scalar, Place.at(at), null);
        return decimal == null ? ExtensionValue.nullValue() : ExtensionValue.decimal(decimal);
    }
  }
}
