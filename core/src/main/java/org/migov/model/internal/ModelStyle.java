package org.migov.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the model: generated implementations are package-private and hidden
 * behind the abstract types, use only the JDK, copy no class-path annotation but {@code
 * Override}, and leave every check, missing attributes included, to each type's {@code
 * Value.Check} method, which reports them all as violations. Builders make a list only when an
 * element is first added: most of a meeting's or a statement's lists stay empty. Null for an
 * optional attribute leaves it absent; null for a whole collection or the object to copy throws
 * {@code IllegalArgumentException}, never {@code NullPointerException}.
 *
 * <p>Source retention keeps the style (and Immutables' own annotations) out of the class files,
 * so users' compilers never look for Immutables.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    throwForNullPointer = IllegalArgumentException.class,
    optionalAcceptNullable = true,
    deferCollectionAllocation = true,
    allowedClasspathAnnotations = {Override.class},
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaults = @Value.Immutable(copy = false))
public @interface ModelStyle {}
