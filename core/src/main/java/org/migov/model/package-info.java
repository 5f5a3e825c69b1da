/**
 * The immutable domain model of migration governance: {@link org.migov.model.Dialogue}s, their
 * {@link org.migov.model.Declaration}s and {@link org.migov.model.PriorityGoal}s, {@link
 * org.migov.model.Meeting}s, the {@link org.migov.model.Organisation}s and {@link
 * org.migov.model.Person}s involved, {@link org.migov.model.RemittanceSeries}, and the {@link
 * org.migov.model.Dataset} that gathers them.
 *
 * <p>Every type is immutable and checks its invariants when built: building an invalid object
 * throws {@link org.migov.validation.ValidationException} with every violation found. Entities
 * refer to each other by typed ids; a {@code Dataset} resolves the references and validates rules
 * across entities. Optional attributes are {@code Optional}s or empty collections, never null.
 *
 * <p>Null given to a builder: for a required attribute, or as an element of a list or set, it is
 * reported by {@code build()} as a {@link org.migov.validation.ViolationCode#REQUIRED} violation at
 * the attribute's path, with every other violation (a null element of a sorted set, which cannot
 * hold it, is reported alone); for an optional attribute it leaves the
 * attribute absent. Null in place of a whole collection ({@code addAllAims(null)}), of the object
 * to copy ({@code from(null)}) or of an argument of {@code RemittanceSeries.Builder}'s methods
 * throws {@link java.lang.IllegalArgumentException} (the supertype of {@code
 * ValidationException}) naming the argument. No builder throws {@code NullPointerException}.
 *
 * @since 0.1.0
 */
@ModelStyle
@NullMarked
package org.migov.model;

import org.migov.model.internal.ModelStyle;
import org.jspecify.annotations.NullMarked;
