package org.socialstrategy.io;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the reader expects of each object of {@link FormatV1}, read once from the records: the
 * fields in order, which are required, whether {@code x-} fields are allowed, and what kind of
 * value each field holds. The reader thus checks exactly what the writer writes and the schema
 * describes.
 */
final class FormatV1Shapes {

  private static final ClassValue<ObjectShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected ObjectShape computeValue(Class<?> type) {
          return new ObjectShape(type.asSubclass(Record.class));
        }
      };

  private FormatV1Shapes() {}

  /**
   * Returns the shape of a format record.
   *
   * @param type the record
   * @return its shape
   */
  static ObjectShape of(Class<? extends Record> type) {
    return SHAPES.get(type);
  }

  /**
   * Returns the field names of every kind of object a strategy file holds, each once.
   *
   * @return the names, the same instances the shapes hold
   */
  static Set<String> names() {
    return AllNames.NAMES;
  }

  /** The names, collected on first use. */
  private static final class AllNames {
    static final Set<String> NAMES = collect(of(FormatV1.StrategyFile.class), new HashSet<>());

    private static Set<String> collect(ObjectShape shape, Set<ObjectShape> seen) {
      Set<String> names = new LinkedHashSet<>();
      if (seen.add(shape)) {
        for (Property property : shape.properties) {
          names.add(property.name());
          for (ValueShape value = property.shape(); value != null; value = value.items()) {
            if (value.object() != null) {
              names.addAll(collect(value.object(), seen));
            }
          }
        }
      }
      return Collections.unmodifiableSet(names);
    }
  }

  /**
   * The fields of one kind of object. Names are interned, so the literal names the decoder asks for
   * are found by reference; an object has a handful of fields, so a scan beats hashing.
   */
  static final class ObjectShape {
    private final Class<? extends Record> type;
    private final Property[] properties;
    private final List<Property> propertyList;
    private final List<String> names;
    private final boolean extensible;

    private ObjectShape(Class<? extends Record> type) {
      this.type = type;
      boolean anyGetter = false;
      List<Property> found = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        if (component.getAccessor().isAnnotationPresent(JsonAnyGetter.class)) {
          anyGetter = true;
          continue;
        }
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        String name =
            (property != null && !property.value().isEmpty()
                    ? property.value()
                    : component.getName())
                .intern();
        found.add(
            new Property(
                name,
                property != null && property.required(),
                ValueShape.of(component.getGenericType(), component)));
      }
      this.properties = found.toArray(new Property[0]);
      this.propertyList = List.of(properties);
      this.names = found.stream().map(Property::name).toList();
      this.extensible = anyGetter;
    }

    /** Returns the record the shape is read from. */
    Class<? extends Record> type() {
      return type;
    }

    /** Returns the property with the name, or null. */
    Property property(String name) {
      for (Property property : properties) {
        if (property.name() == name) {
          return property;
        }
      }
      for (Property property : properties) {
        if (property.name().equals(name)) {
          return property;
        }
      }
      return null;
    }

    /** Returns the properties in file order. */
    List<Property> properties() {
      return propertyList;
    }

    /** Returns the names of the properties, in file order. */
    List<String> names() {
      return names;
    }

    /** Tells whether objects of this kind may carry {@code x-} fields. */
    boolean extensible() {
      return extensible;
    }
  }

  /**
   * One field of an object.
   *
   * @param name the field's name
   * @param required whether every object must have it
   * @param shape what its value is
   */
  record Property(String name, boolean required, ValueShape shape) {}

  /**
   * The kinds of value a field accepts: a bit set of {@link #TEXT}, {@link #WHOLE}, {@link #NUMBER}
   * and so on, with the shape of an object, or of the items of a list or the values of a map.
   *
   * @param kinds the accepted kinds
   * @param object the object's shape, when {@link #OBJECT} is accepted
   * @param items the shape of list items or map values, when {@link #LIST} or {@link #MAP} is
   */
  record ValueShape(int kinds, ObjectShape object, ValueShape items) {
    static final int TEXT = 1;
    static final int WHOLE = 2;
    static final int NUMBER = 4;
    static final int BOOLEAN = 8;
    static final int LIST = 16;
    static final int MAP = 32;
    static final int OBJECT = 64;

    static ValueShape of(Type type, RecordComponent component) {
      FormatV1.OneOf oneOf = component.getAccessor().getAnnotation(FormatV1.OneOf.class);
      if (type instanceof ParameterizedType) {
        ParameterizedType generic = (ParameterizedType) type;
        Type[] arguments = generic.getActualTypeArguments();
        if (generic.getRawType() == List.class) {
          return new ValueShape(LIST, null, of(arguments[0], component));
        }
        return new ValueShape(MAP, null, of(arguments[1], component));
      }
      if (type == Object.class) {
        int kinds = 0;
        ObjectShape object = null;
        for (Class<?> alternative : oneOf.value()) {
          ValueShape shape = of(alternative, component);
          kinds |= shape.kinds;
          object = shape.object != null ? shape.object : object;
        }
        return new ValueShape(kinds, object, null);
      }
      if (type == String.class) {
        return new ValueShape(TEXT, null, null);
      }
      if (type == BigDecimal.class) {
        return new ValueShape(NUMBER | TEXT, null, null);
      }
      if (type == Double.class) {
        return new ValueShape(NUMBER, null, null);
      }
      if (type == Integer.class || type == int.class) {
        return new ValueShape(WHOLE, null, null);
      }
      if (type == Boolean.class) {
        return new ValueShape(BOOLEAN, null, null);
      }
      return new ValueShape(
          OBJECT, FormatV1Shapes.of(((Class<?>) type).asSubclass(Record.class)), null);
    }

    /** Tells whether a value fits this shape, as far as its type goes. */
    boolean accepts(TreeNode node) {
      if (node instanceof TreeNode.Sequence) {
        return (kinds & LIST) != 0;
      }
      if (node instanceof TreeNode.Mapping) {
        return (kinds & (MAP | OBJECT)) != 0;
      }
      switch (((TreeNode.Scalar) node).type()) {
        case TEXT:
          return (kinds & TEXT) != 0;
        case WHOLE:
          return (kinds & (WHOLE | NUMBER)) != 0;
        case FRACTION:
          return (kinds & NUMBER) != 0;
        case BOOLEAN:
          return (kinds & BOOLEAN) != 0;
        default:
          return false;
      }
    }

    /** Describes what the shape accepts, as in "expected a number". */
    String describe() {
      if ((kinds & NUMBER) != 0) {
        return "a number";
      }
      List<String> words = new ArrayList<>();
      if ((kinds & TEXT) != 0) {
        words.add("text");
      }
      if ((kinds & WHOLE) != 0) {
        words.add("a whole number");
      }
      if ((kinds & BOOLEAN) != 0) {
        words.add("true or false");
      }
      if ((kinds & LIST) != 0) {
        words.add("a list");
      }
      if ((kinds & (MAP | OBJECT)) != 0) {
        words.add("an object");
      }
      return words.size() == 1
          ? words.get(0)
          : String.join(", ", words.subList(0, words.size() - 1))
              + " or "
              + words.get(words.size() - 1);
    }
  }

  /** Describes what a value is, as in "found a list". */
  static String describe(TreeNode node) {
    if (node instanceof TreeNode.Sequence) {
      return "a list";
    }
    if (node instanceof TreeNode.Mapping) {
      return "an object";
    }
    TreeNode.Scalar scalar = (TreeNode.Scalar) node;
    switch (scalar.type()) {
      case TEXT:
        return "text '" + FormatV1Shapes.abbreviate(scalar.text()) + "'";
      case WHOLE:
      case FRACTION:
        return "the number " + FormatV1Shapes.abbreviate(scalar.text());
      case BOOLEAN:
        return scalar.text();
      default:
        return "null";
    }
  }

  /** Shortens a value quoted in a message to at most 40 characters. */
  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
