package org.socialstrategy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sweeps every public builder by reflection for the rules the package documentation states, so that
 * a new attribute or a new builder cannot slip past them: every method a user sees is declared (and
 * so documented) by the public builder, a method named after a list or a map replaces it, and every
 * id a builder takes it also takes as text.
 */
class BuilderSurfaceTest {

  private static final String PACKAGE = Strategy.class.getPackageName();

  @Test
  void everyTypeWithABuilderHasASample() throws Exception {
    Set<String> withBuilders = new TreeSet<>();
    for (Class<?> type : publicTypes()) {
      if (builderOf(type).isPresent()) {
        withBuilders.add(type.getSimpleName());
      }
    }
    Set<String> sampled = new TreeSet<>();
    for (Object sample : Samples.all()) {
      sampled.add(publicType(sample).getSimpleName());
    }
    assertEquals(withBuilders, sampled);
  }

  @Test
  void publicBuildersDeclareEveryMethodTheyOffer() {
    for (Object sample : Samples.all()) {
      Class<?> builder = builderOf(publicType(sample)).orElseThrow();
      assertEquals(Object.class, builder.getSuperclass(), builder.getName());
      for (Method method : builder.getMethods()) {
        if (method.getDeclaringClass() != Object.class) {
          assertEquals(builder, method.getDeclaringClass(), method.toString());
        }
      }
    }
  }

  @Test
  void publicBuildersOfferEveryGeneratedBuilderMethod() throws ClassNotFoundException {
    for (Object sample : Samples.all()) {
      Class<?> type = publicType(sample);
      Class<?> builder = builderOf(type).orElseThrow();
      Class<?> generated =
          Class.forName(PACKAGE + ".Immutable" + type.getSimpleName() + "$Builder");
      for (Method method : generated.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        try {
          Method offered = builder.getMethod(method.getName(), method.getParameterTypes());
          Class<?> expected = method.getName().equals("build") ? type : builder;
          assertEquals(expected, offered.getReturnType(), offered.toString());
        } catch (NoSuchMethodException e) {
          fail(builder.getName() + " does not offer " + method);
        }
      }
    }
  }

  @Test
  void methodsNamedAfterAListOrMapReplaceIt() throws Exception {
    int checked = 0;
    for (Object sample : Samples.all()) {
      Class<?> type = publicType(sample);
      Class<?> builder = builderOf(type).orElseThrow();
      for (Method accessor : type.getMethods()) {
        Class<?> kind = accessor.getReturnType();
        if (accessor.getParameterCount() != 0
            || !(List.class.equals(kind) || Set.class.equals(kind) || Map.class.equals(kind))) {
          continue;
        }
        for (Method setter : builder.getMethods()) {
          if (!setter.getName().equals(accessor.getName()) || setter.getParameterCount() != 1) {
            continue;
          }
          Object values = accessor.invoke(sample);
          assertTrue(!isEmpty(values), accessor + " is empty in the sample");
          Class<?> parameter = setter.getParameterTypes()[0];
          if (List.class.equals(kind)) {
            Object again = build(setter.invoke(toBuilder(sample), argument(parameter, values)));
            assertEquals(sample, again, setter + " given the sample's own elements");
          }
          if (!(sample instanceof Strategy)) {
            Object emptied = build(setter.invoke(toBuilder(sample), empty(parameter)));
            assertTrue(isEmpty(accessor.invoke(emptied)), setter + " given nothing");
          }
          checked++;
        }
      }
    }
    assertTrue(checked > 40, "checked " + checked + " methods");
  }

  @Test
  void everyIdABuilderTakesItAlsoTakesAsText() {
    List<Method> withIds = new ArrayList<>();
    for (Object sample : Samples.all()) {
      withIds.addAll(Arrays.asList(builderOf(publicType(sample)).orElseThrow().getMethods()));
    }
    withIds.addAll(
        Arrays.asList(Strategy.class.getMethods()).stream()
            .filter(m -> m.getName().equals("withSponsor"))
            .toList());
    int checked = 0;
    for (Method method : withIds) {
      Class<?>[] parameters = method.getParameterTypes();
      for (int i = 0; i < parameters.length; i++) {
        Class<?> parameter = parameters[i];
        boolean array = parameter.isArray();
        Class<?> single = array ? parameter.getComponentType() : parameter;
        if (!Identifier.class.isAssignableFrom(single)) {
          continue;
        }
        Class<?>[] asText = parameters.clone();
        asText[i] = array ? String[].class : String.class;
        try {
          assertNotNull(method.getDeclaringClass().getMethod(method.getName(), asText));
          checked++;
        } catch (NoSuchMethodException e) {
          fail(method + " has no counterpart taking the id's text");
        }
      }
    }
    assertTrue(checked > 30, "checked " + checked + " methods");
  }

  @Test
  void everyInstanceRebuildsEqualFromItsOwnBuilder() throws Exception {
    for (Object sample : Samples.all()) {
      Method toBuilder = publicType(sample).getMethod("toBuilder");
      assertEquals(builderOf(publicType(sample)).orElseThrow(), toBuilder.getReturnType());
      assertEquals(sample, build(toBuilder.invoke(sample)));
    }
  }

  @Test
  void noEditTakesAnOptional() throws Exception {
    for (Class<?> type : publicTypes()) {
      for (Method method : type.getMethods()) {
        if (method.getName().startsWith("with")) {
          for (Class<?> parameter : method.getParameterTypes()) {
            assertTrue(
                parameter != Optional.class && parameter != OptionalDouble.class,
                method.toString());
          }
        }
      }
    }
  }

  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Path folder =
        Path.of(Strategy.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(PACKAGE.replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type = load(PACKAGE + "." + name.substring(0, name.length() - 6));
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        }
      }
    }
    assertTrue(types.size() > 50, "found " + types.size() + " public types");
    return types;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Optional<Class<?>> builderOf(Class<?> type) {
    return Arrays.stream(type.getClasses())
        .filter(nested -> nested.getSimpleName().equals("Builder"))
        .findFirst();
  }

  /** The public type of a sample: the generated class's public superclass. */
  private static Class<?> publicType(Object sample) {
    Class<?> type = sample.getClass();
    while (!Modifier.isPublic(type.getModifiers())) {
      type = type.getSuperclass();
    }
    return type;
  }

  private static Object toBuilder(Object sample) throws ReflectiveOperationException {
    return publicType(sample).getMethod("toBuilder").invoke(sample);
  }

  private static Object build(Object builder) throws ReflectiveOperationException {
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new AssertionError(e.getCause());
    }
  }

  private static boolean isEmpty(Object values) {
    return values instanceof Map<?, ?> map ? map.isEmpty() : ((Collection<?>) values).isEmpty();
  }

  /** The sample's own elements, in the form the setter takes. */
  private static Object argument(Class<?> parameter, Object values) {
    if (!parameter.isArray()) {
      return values;
    }
    List<?> elements = (List<?>) values;
    Class<?> component = parameter.getComponentType();
    Object array = Array.newInstance(component, elements.size());
    for (int i = 0; i < elements.size(); i++) {
      Object element = elements.get(i);
      if (element instanceof GoalSupport support) {
        element = support.goal();
      }
      Array.set(array, i, component == String.class ? ((Identifier) element).value() : element);
    }
    return array;
  }

  private static Object empty(Class<?> parameter) {
    if (parameter.isArray()) {
      return Array.newInstance(parameter.getComponentType(), 0);
    }
    return Map.class.equals(parameter) ? Map.of() : List.of();
  }
}
