/**
 * The {@code migov} command: {@link org.migov.cli.Migov} validates, converts, summarises and
 * charts migov JSON files and prints the JSON Schema. Run it with {@code java -jar migov.jar
 * --help}; the exit codes are those of {@link org.migov.cli.Migov}.
 *
 * @since 0.1.0
 */
@NullMarked
package org.migov.cli;

import org.jspecify.annotations.NullMarked;
