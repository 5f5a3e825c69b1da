package org.migov.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The streams and terminal a command runs with.
 *
 * @param bytes standard output as bytes, for documents written by the io module
 * @param out standard output as UTF-8 text, where results go
 * @param err standard error as UTF-8 text, where errors and progress go
 * @param terminal what standard error allows
 */
record Context(PrintStream bytes, PrintWriter out, PrintWriter err, Terminal terminal) {}
