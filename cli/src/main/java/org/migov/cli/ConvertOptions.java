package org.migov.cli;

import org.jspecify.annotations.Nullable;

/**
 * The options of a conversion that formats read: new formats add theirs here.
 *
 * @param type the model type of the input's objects, or {@code null} to tell it from the input
 * @param compact whether JSON documents are written compact rather than pretty
 */
record ConvertOptions(@Nullable ModelType type, boolean compact) {}
