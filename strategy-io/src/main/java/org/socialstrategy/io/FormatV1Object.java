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
 * One object of a file checked against its {@link FormatV1Shapes.ObjectShape}: unknown and missing
 * fields are reported when it is made, and each accessor reports a value of the wrong type or a bad
 * value. Every problem is recorded and reading goes on, so one pass finds them all.
 *
 * <p>A required value that is missing or wrong is replaced by a placeholder and its field is marked
 * tainted ({@link DecodeState#taint}): the strategy is still built, so that its invariants are
 * checked too, but violations at tainted fields are not reported, since they would only echo the
 * problem already found.
 */
final class FormatV1Object {

  private static final TreeNode.Mapping EMPTY =
      new TreeNode.Mapping(new String[0], new int[0], new TreeNode[0], 1, 1);

  private final DecodeState decoding;
  private final TreeNode.Mapping node;
  private final FormatV1Shapes.ObjectShape shape;
  private final TreePath place;

  /**
   * Checks an object's fields against its shape.
   *
   * @param decoding where problems go
   * @param node the object, or null for a stand-in of an item that was not an object: its fields
   *     are all absent and its path is tainted, without a problem of its own
   * @param shape what the object should hold
   * @param place where the object is
   */
  FormatV1Object(
      DecodeState decoding,
      TreeNode.Mapping node,
      FormatV1Shapes.ObjectShape shape,
      TreePath place) {
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
    List<FormatV1Shapes.Property> properties = shape.properties();
    for (int i = 0; i < properties.size(); i++) {
      FormatV1Shapes.Property property = properties.get(i);
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

  private void unknownField(TreeNode.Field field) {
    String message = "unknown field '" + FormatV1Shapes.abbreviate(field.key()) + "'";
    String hint;
    if (field.key().startsWith(FormatV1.EXTENSION_PREFIX)) {
      hint =
          "x- fields are allowed on the strategy, goals, metrics, tactics, stakeholders,"
              + " initiatives and platforms";
    } else {
      hint =
          NearestMatch.among(field.key(), shape.names()).map(DecodeState::didYouMean).orElse(null);
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

  private FormatV1Shapes.Property property(String name) {
    FormatV1Shapes.Property property = shape.property(name);
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
  TreeNode get(String name) {
    FormatV1Shapes.Property property = property(name);
    int index = node.indexOfName(property.name());
    if (index < 0) {
      return null;
    }
    TreeNode value = node.value(index);
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

  private static boolean isNull(TreeNode value) {
    return value instanceof TreeNode.Scalar
        && ((TreeNode.Scalar) value).type() == TreeNode.Type.NULL;
  }

  private void wrongType(TreeNode value, StrategyPath at, FormatV1Shapes.ValueShape expected) {
    boolean quotable =
        (expected.kinds() & FormatV1Shapes.ValueShape.TEXT) != 0
            && value instanceof TreeNode.Scalar;
    decoding.report(
        value,
        at,
        ProblemKind.WRONG_TYPE,
        "expected " + expected.describe() + ", found " + FormatV1Shapes.describe(value),
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
    TreeNode value = get(name);
    return value == null ? null : ((TreeNode.Scalar) value).text();
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
    TreeNode value = get(name);
    BigDecimal decimal = value == null ? null : decoding.decimal(value, place, name);
    if (decimal == null && value != null && property(name).required()) {
      taintFor(name);
    }
    return decimal;
  }

  /** Returns a number field that the model keeps as a double, such as a weight. */
  Double number(String name) {
    TreeNode value = get(name);
    if (value == null) {
      return null;
    }
    String text = ((TreeNode.Scalar) value).text();
    double number;
    try {
      number = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      bad(name, "'" + FormatV1Shapes.abbreviate(text) + "' is not a number", null);
      return null;
    }
    if (Double.isInfinite(number)) {
      bad(name, "the number " + FormatV1Shapes.abbreviate(text) + " is too large", null);
      return null;
    }
    return number;
  }

  /** Returns a boolean field. */
  Boolean bool(String name) {
    TreeNode value = get(name);
    return value == null ? null : Boolean.valueOf(((TreeNode.Scalar) value).text());
  }

  /** Returns a whole number field, or null when absent or out of range. */
  Integer whole(String name) {
    TreeNode value = get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(((TreeNode.Scalar) value).text());
    } catch (NumberFormatException e) {
      bad(
          name,
          "the number "
              + FormatV1Shapes.abbreviate(((TreeNode.Scalar) value).text())
              + " is out of range",
          null);
      return null;
    }
  }

  /** Returns a day field written {@code 2027-03-31}: null when absent or bad and optional. */
  LocalDate date(String name) {
    TreeNode value = get(name);
    if (value == null) {
      return null;
    }
    String text = ((TreeNode.Scalar) value).text();
    LocalDate day = decoding.days.apply(text);
    if (day == null) {
      bad(
          name,
          "'" + FormatV1Shapes.abbreviate(text) + "' is not a date",
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
    E constant = DecodeState.constant(type, text);
    if (constant == null) {
      bad(
          name,
          "unknown " + DecodeState.words(type) + " '" + FormatV1Shapes.abbreviate(text) + "'",
          DecodeState.suggest(type, text));
    }
    return constant;
  }

  /** Returns a nested object, or null when absent. */
  FormatV1Object object(String name) {
    TreeNode value = get(name);
    return value instanceof TreeNode.Mapping ? nested(name, (TreeNode.Mapping) value) : null;
  }

  /** Returns a field's object value, got from {@link #get}, checked against its shape. */
  FormatV1Object nested(String name, TreeNode.Mapping value) {
    return new FormatV1Object(decoding, value, property(name).shape().object(), place.field(name));
  }

  /**
   * Visits the entries of a map field, such as budgets keyed by year. An entry whose value is not
   * an object is reported and skipped.
   *
   * @param name the field
   * @param each receives an entry's key, with where it is, and its value checked against its shape
   */
  void entries(String name, BiConsumer<TreeNode.Field, FormatV1Object> each) {
    TreeNode value = get(name);
    if (value == null) {
      return;
    }
    FormatV1Shapes.ValueShape values = property(name).shape().items();
    TreeNode.Mapping map = (TreeNode.Mapping) value;
    for (int i = 0; i < map.size(); i++) {
      TreeNode.Field entry = map.field(i);
      TreePath at = place.key(name, entry.key());
      if (entry.value() instanceof TreeNode.Mapping) {
        each.accept(
            entry,
            new FormatV1Object(decoding, (TreeNode.Mapping) entry.value(), values.object(), at));
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
  <T> List<T> list(String name, BiFunction<TreeNode, TreePath, T> decode) {
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
        name,
        (item, position) -> decode.apply(item == null ? "" : ((TreeNode.Scalar) item).text()));
  }

  /** Decodes one item of a list, null when it had the wrong type, at its position. */
  private interface Item<T> {
    T decode(TreeNode item, int position);
  }

  private <T> List<T> items(String name, Item<T> decode) {
    TreeNode value = get(name);
    if (value == null) {
      return List.of();
    }
    FormatV1Shapes.ValueShape items = property(name).shape().items();
    TreeNode.Sequence nodes = (TreeNode.Sequence) value;
    List<T> decoded = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      TreeNode item = nodes.item(i);
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
  <T> List<T> objects(String name, Function<FormatV1Object, T> decode) {
    FormatV1Shapes.ObjectShape items = property(name).shape().items().object();
    return list(
        name,
        (item, at) ->
            decode.apply(new FormatV1Object(decoding, (TreeNode.Mapping) item, items, at)));
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
          String text = ((TreeNode.Scalar) item).text();
          T value = parse.apply(text);
          if (value == null) {
            decoding.report(
                item,
                place.index(name, position).path(),
                ProblemKind.BAD_VALUE,
                "unknown " + what + " '" + FormatV1Shapes.abbreviate(text) + "'",
                hint.apply(text));
          } else if (!values.add(value)) {
            decoding.report(
                item,
                place.index(name, position).path(),
                ProblemKind.BAD_VALUE,
                what + " '" + FormatV1Shapes.abbreviate(text) + "' repeats an earlier item",
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

  private ExtensionValue extension(TreeNode value, StrategyPath at) {
    if (value instanceof TreeNode.Sequence) {
      TreeNode.Sequence items = (TreeNode.Sequence) value;
      List<ExtensionValue> list = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        list.add(extension(items.item(i), TreeLocator.item(at, i)));
      }
      return ExtensionValue.list(list);
    }
    if (value instanceof TreeNode.Mapping) {
      Map<String, ExtensionValue> fields = new LinkedHashMap<>();
      TreeNode.Mapping object = (TreeNode.Mapping) value;
      for (int i = 0; i < object.size(); i++) {
        fields.put(object.key(i), extension(object.value(i), at.field(object.key(i))));
      }
      return ExtensionValue.object(fields);
    }
    TreeNode.Scalar scalar = (TreeNode.Scalar) value;
    switch (scalar.type()) {
      case TEXT:
        return ExtensionValue.text(scalar.text());
      case BOOLEAN:
        return ExtensionValue.bool(Boolean.parseBoolean(scalar.text()));
      case NULL:
        return ExtensionValue.nullValue();
      default:
        BigDecimal decimal = decoding.decimal(scalar, TreePath.at(at), null);
        return decimal == null ? ExtensionValue.nullValue() : ExtensionValue.decimal(decimal);
    }
  }
}
