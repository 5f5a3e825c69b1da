/**
 * Validation of the migov model: the {@link org.migov.validation.Violation} of a rule, the
 * {@link org.migov.validation.ValidationException} thrown when an object is built with broken
 * invariants, and the {@link org.migov.validation.ValidationReport} of rules across a dataset.
 *
 * <p>Every rule has a stable code, listed with its meaning in {@link
 * org.migov.validation.ViolationCode}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.migov.validation;

import org.jspecify.annotations.NullMarked;
