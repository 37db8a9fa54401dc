package org.socialstrategy.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The Immutables style of {@link Strategy}: {@link ModelStyle} with one difference. A strategy gets
 * generated copy methods, named {@code copyWithX} so that they do not clash with the public {@code
 * withX} edits {@link Strategy} declares. They stay on the hidden implementation class, where the
 * edits use them to build the edited strategy around the same lists as the original, copying only
 * the list that changed: one edit of a strategy of a hundred thousand tactics copies one list, not
 * all of them twice as a builder would.
 *
 * <p>A type's style replaces its package's, so every other attribute repeats {@link ModelStyle}.
 * Source retention: the style leaves no trace in class files.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    with = "copyWith*",
    defaultAsDefault = false,
    typeInnerBuilder = "NoInnerBuilder",
    builder = "new",
    throwForInvalidImmutableState = MissingAttributes.class)
@interface StrategyStyle {}
