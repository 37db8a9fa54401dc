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
    defaultAsDefault = false)
@interface ModelStyle {}
