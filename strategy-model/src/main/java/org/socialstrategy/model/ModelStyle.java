package org.socialstrategy.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of the model package.
 *
 * <ul>
 *   <li>{@code visibility = PACKAGE} and {@code overshadowImplementation = true}: generated {@code
 *       Immutable*} classes stay package-private and never appear in a public signature; users see
 *       {@code X.builder()}, {@code X.Builder} and static factories.
 *   <li>{@code jdkOnly = true}: generated code uses JDK collections even when Guava is on the
 *       classpath, so the model keeps zero runtime dependencies.
 *   <li>{@code allowedClasspathAnnotations = Override.class}: no {@code @Generated} or
 *       {@code @Nullable} annotations from the classpath end up in class files, so users compile
 *       against the model with {@code -Xlint:all -Werror} without Immutables on their classpath.
 *   <li>{@code depluralize = true}: {@code addGoal(..)} for a {@code goals} list.
 *   <li>{@code typeInnerBuilder = "NoInnerBuilder"} and {@code builder = "new"}: the generated
 *       builder stays a hidden, standalone class, and each public type's nested {@code Builder}
 *       wraps it instead of extending it. The generated builder's methods are final, so a public
 *       builder extending it could not redeclare them, and javadoc would show users only their
 *       inherited names, with neither signatures nor docs. Wrapping it, the public builder declares
 *       every method users see, each with its javadoc, and translates what {@code build()} reports
 *       as missing. No type has a nested class of the name given to {@code typeInnerBuilder}, so
 *       Immutables finds no builder to extend or implement.
 *   <li>{@code throwForInvalidImmutableState = MissingAttributes.class}: a generated builder
 *       reports missing required attributes by their names in code, which each public builder turns
 *       into a {@link MissingAttributesException} in business words.
 *   <li>{@code defaults = @Value.Immutable(copy = false)}: no generated {@code withX} methods,
 *       which would live on the hidden implementation class; the public types declare the edits
 *       they offer. Set here rather than on each type because an annotation attribute written in a
 *       class file makes {@code -Xlint:all -Werror} builds of users' code fail when Immutables is
 *       not on their classpath.
 * </ul>
 *
 * <p>Source retention: the style leaves no trace in class files.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    depluralizeDictionary = {"dependsOn:dependsOn", "raci:raci"},
    defaults = @Value.Immutable(copy = false),
    defaultAsDefault = false,
    typeInnerBuilder = "NoInnerBuilder",
    builder = "new",
    throwForInvalidImmutableState = MissingAttributes.class)
@interface ModelStyle {}
