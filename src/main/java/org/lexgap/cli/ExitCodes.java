package org.lexgap.cli;

/** The documented exit codes (README "Exit codes"). */
public final class ExitCodes {
  /** Done; no gaps at or above --fail-on. */
  public static final int OK = 0;
  /** Done, but gaps at or above --fail-on (check), a regression (diff), a figure under its minimum (eval). */
  public static final int GAPS = 1;
  /** Usage error or invalid checklist/configuration. */
  public static final int USAGE = 2;
  /** An input document could not be read. */
  public static final int INPUT = 3;
  /** A bug in lexgap: please report it with --debug output. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
