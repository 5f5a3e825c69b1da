package org.migov.io.json.internal;

/**
 * The options of reading that codecs need.
 *
 * @param failOnUnknownProperties whether an unknown property is an error (else it is skipped)
 * @param maxExponent the largest accepted magnitude of a decimal's exponent (its scale)
 * @param maxArrayElements the most elements an array may have
 * @param maxObjectProperties the most properties an object may have
 */
public record ReadOptions(boolean failOnUnknownProperties, int maxExponent, int maxArrayElements,
    int maxObjectProperties) {}
