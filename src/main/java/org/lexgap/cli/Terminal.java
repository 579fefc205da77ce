package org.lexgap.cli;

/** What lexgap knows about where its output goes, for colour and progress decisions. */
final class Terminal {

  private Terminal() {}

  /** Colour only on an interactive terminal, only for the text format, and never when NO_COLOR is set. */
  static boolean colour(String format) {
    String noColor = System.getenv("NO_COLOR");
    return "text".equalsIgnoreCase(format) && System.console() != null
        && (noColor == null || noColor.isEmpty());
  }

  /** Whether standard error is an interactive terminal (progress goes there only then). */
  static boolean stderrIsTerminal() {
    // Java 17 cannot ask about stderr alone; a console exists only when stdin and stdout are terminals,
    // which is the interactive case progress is for.
    return System.console() != null;
  }
}
