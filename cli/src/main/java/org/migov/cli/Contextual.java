package org.migov.cli;

/** A command that is given the streams and terminal before it runs. */
interface Contextual {
  /**
   * Sets the streams and terminal to run with.
   *
   * @param context the streams and terminal
   */
  void context(Context context);
}
