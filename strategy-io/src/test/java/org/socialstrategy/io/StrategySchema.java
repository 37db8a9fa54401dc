package org.socialstrategy.io;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.socialstrategy.model.CatalogValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of format v1 from the {@link FormatV1} records, with
 * victools: the records give the objects, their fields in order and the required ones, the
 * annotations of {@link FormatV1} the rest. The build runs {@link #main} (exec-maven-plugin, in
 * {@code process-test-classes}) to write {@code target/schema/strategy-v1.schema.json}; {@code
 * SchemaTest} fails when the committed copy in {@code schema/} differs, and names the command that
 * refreshes it: {@value #REFRESH}.
 */
public final class StrategySchema {

  /** The command that refreshes the committed schema, run from the repository's root. */
  static final String REFRESH =
      "./mvnw -q -pl strategy-io -am process-test-classes"
          + " -Dschema.output=$PWD/schema/strategy-v1.schema.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StrategySchema() {}

  /**
   * Writes the schema to a file.
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path output = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(output.getParent());
    Files.writeString(output, generate(), StandardCharsets.UTF_8);
  }

  /**
   * Generates the schema.
   *
   * @return the schema, as indented JSON ending in a line break
   */
  static String generate() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(
                MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonSchemaModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS);
    config
        .forTypesInGeneral()
        .withDefinitionNamingStrategy(
            (key, context) -> key.getType().getErasedType().getSimpleName())
        .withPropertySorter(StrategySchema::byComponentOrder)
        .withPatternPropertiesResolver(
            scope ->
                FormatV1.Extensible.class.isAssignableFrom(scope.getType().getErasedType())
                    ? Map.of("^" + FormatV1.EXTENSION_PREFIX, Object.class)
                    : null)
        .withCustomDefinitionProvider(StrategySchema::decimalsAndMaps);
    config
        .forFields()
        .withIgnoreCheck(
            field -> field.getAnnotationConsideringFieldAndGetter(JsonAnyGetter.class) != null)
        .withCustomDefinitionProvider(StrategySchema::nonNegativeDecimals)
        .withCustomDefinitionProvider(StrategySchema::unionsAndCatalogs)
        .withNumberExclusiveMinimumResolver(
            field ->
                field.getAnnotationConsideringFieldAndGetter(FormatV1.Share.class) == null
                    ? null
                    : BigDecimal.ZERO)
        .withNumberInclusiveMaximumResolver(
            field ->
                field.getAnnotationConsideringFieldAndGetter(FormatV1.Share.class) == null
                    ? null
                    : BigDecimal.ONE)
        .withEnumResolver(StrategySchema::values)
        .withStringPatternResolver(StrategySchema::pattern)
        .withInstanceAttributeOverride(StrategySchema::keys);
    ObjectNode schema =
        new SchemaGenerator(config.build()).generateSchema(FormatV1.StrategyFile.class);
    tidy(schema);
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JacksonSettings.generator(StrategyFormat.JSON, text)) {
      MAPPER.writeTree(generator, schema);
    }
    return text + "\n";
  }

  /**
   * Decimals are numbers or texts holding one, exact either way; per-year maps are objects of
   * allocations.
   */
  private static CustomDefinition decimalsAndMaps(
      ResolvedType type, SchemaGenerationContext context) {
    if (type.getErasedType() == BigDecimal.class) {
      ObjectNode decimal = MAPPER.createObjectNode();
      decimal.putArray("type").add("number").add("string");
      decimal.put("pattern", FormatV1.DECIMAL);
      decimal.put("description", "An exact decimal: a number, or text holding one.");
      return new CustomDefinition(decimal, false);
    }
    if (type.getErasedType() == Map.class) {
      ObjectNode map = MAPPER.createObjectNode().put("type", "object");
      map.set(
          "additionalProperties",
          context.createDefinitionReference(type.getTypeParameters().get(1)));
      return new CustomDefinition(
          map, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }
    return null;
  }

  /** A decimal that may not be negative: a number of at least zero, or text holding one. */
  private static CustomPropertyDefinition nonNegativeDecimals(
      FieldScope field, SchemaGenerationContext context) {
    if (field.getAnnotationConsideringFieldAndGetter(FormatV1.NonNegative.class) == null) {
      return null;
    }
    ObjectNode decimal = MAPPER.createObjectNode();
    decimal.putArray("type").add("number").add("string");
    decimal.put("minimum", 0);
    decimal.put("pattern", FormatV1.NON_NEGATIVE_DECIMAL);
    return new CustomPropertyDefinition(decimal, CustomDefinition.INCLUDING_ATTRIBUTES);
  }

  /**
   * A value of several forms (text or an object, say) becomes an anyOf of each; a catalog value
   * offers its well-known keys to editors but accepts any text.
   */
  private static CustomPropertyDefinition unionsAndCatalogs(
      FieldScope field, SchemaGenerationContext context) {
    FormatV1.OneOf oneOf = field.getAnnotationConsideringFieldAndGetter(FormatV1.OneOf.class);
    FormatV1.Catalog catalog = field.getAnnotationConsideringFieldAndGetter(FormatV1.Catalog.class);
    if ((oneOf == null && catalog == null) || isWholeList(field)) {
      return null;
    }
    ObjectNode union = MAPPER.createObjectNode();
    ArrayNode anyOf = union.putArray("anyOf");
    for (Class<?> form : oneOf == null ? List.<Class<?>>of(String.class) : List.of(oneOf.value())) {
      if (form == String.class && catalog != null) {
        ArrayNode known = anyOf.addObject().putArray("enum");
        wellKnown(catalog.value()).forEach(value -> known.add(value.key()));
        anyOf.addObject().put("type", "string");
      } else if (form == String.class) {
        anyOf.addObject().put("type", "string");
      } else if (form == Integer.class && isPeriod(field)) {
        anyOf.addObject().put("type", "integer").put("minimum", 0).put("maximum", 9999);
      } else if (form == Integer.class) {
        anyOf.addObject().put("type", "integer");
      } else {
        anyOf.add(context.createDefinitionReference(context.getTypeContext().resolve(form)));
      }
    }
    return new CustomPropertyDefinition(union, CustomDefinition.INCLUDING_ATTRIBUTES);
  }

  /**
   * Removes what victools adds to every custom definition but only objects need: a word on
   * additional properties, on the unions of texts and objects.
   */
  private static void tidy(JsonNode node) {
    if (node instanceof ObjectNode && node.has("anyOf") && !node.has("type")) {
      ((ObjectNode) node).remove("additionalProperties");
    }
    for (JsonNode child : node) {
      tidy(child);
    }
  }

  /** Tells whether a field holds a period, which as a whole number is a year. */
  private static boolean isPeriod(FieldScope field) {
    FormatV1.Pattern pattern = field.getAnnotationConsideringFieldAndGetter(FormatV1.Pattern.class);
    return pattern != null && pattern.value().equals(FormatV1.PERIOD);
  }

  /** Tells whether the scope is a list as a whole rather than its items. */
  private static boolean isWholeList(FieldScope field) {
    return field.isContainerType() && !field.isFakeContainerItemScope();
  }

  /** Enum-valued texts list their values; the format version is 1. */
  private static Collection<?> values(FieldScope field) {
    if (field.getDeclaredName().equals("formatVersion")) {
      return List.of(FormatV1.VERSION);
    }
    FormatV1.Values values = field.getAnnotationConsideringFieldAndGetter(FormatV1.Values.class);
    if (values == null || isWholeList(field)) {
      return null;
    }
    return Arrays.stream(values.value().getEnumConstants()).map(FormatV1::value).toList();
  }

  /** Texts with a pattern; a map's pattern is its keys', set by {@link #keys}. */
  private static String pattern(FieldScope field) {
    FormatV1.Pattern pattern = field.getAnnotationConsideringFieldAndGetter(FormatV1.Pattern.class);
    return pattern == null
            || isWholeList(field)
            || Map.class.isAssignableFrom(field.getType().getErasedType())
        ? null
        : pattern.value();
  }

  /** The keys of a per-year map match its pattern. */
  private static void keys(
      ObjectNode attributes, FieldScope field, SchemaGenerationContext context) {
    FormatV1.Pattern pattern = field.getAnnotationConsideringFieldAndGetter(FormatV1.Pattern.class);
    if (pattern != null && Map.class.isAssignableFrom(field.getType().getErasedType())) {
      attributes.putObject("propertyNames").put("pattern", pattern.value());
    }
  }

  /** Orders properties as the record declares its components, which is the order files use. */
  private static int byComponentOrder(MemberScope<?, ?> first, MemberScope<?, ?> second) {
    return Integer.compare(position(first), position(second));
  }

  private static int position(MemberScope<?, ?> member) {
    RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
    for (int i = 0; components != null && i < components.length; i++) {
      if (components[i].getName().equals(member.getDeclaredName())) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  @SuppressWarnings("unchecked")
  private static List<? extends CatalogValue> wellKnown(Class<? extends CatalogValue> type) {
    try {
      return (List<? extends CatalogValue>) type.getMethod("wellKnown").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " has no wellKnown()", e);
    }
  }
}
