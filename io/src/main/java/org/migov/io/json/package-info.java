/**
 * Reading and writing the migov model as JSON: the facade {@link org.migov.io.json.MigovJson},
 * the Jackson module {@link org.migov.io.json.MigovModule} and the one exception of reading,
 * {@link org.migov.io.json.MigovJsonException}.
 *
 * <p>The format is documented in {@code docs/json-format.md} and described by the JSON Schema
 * that {@link org.migov.io.json.MigovJson#schema()} returns.
 *
 * @since 0.1.0
 */
@NullMarked
package org.migov.io.json;

import org.jspecify.annotations.NullMarked;
