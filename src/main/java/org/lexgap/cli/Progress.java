package org.lexgap.cli;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import org.lexgap.ProgressListener;

/**
 * Progress on standard error for long runs: one line rewritten in place with a carriage return (no escape
 * sequences, so any terminal shows it), erased again on {@link #close} so the report and error messages start
 * on a clean line. Shown only when standard error is a terminal; anywhere else (a pipe, a file, CI) it stays
 * silent, because a log full of rewritten lines helps nobody.
 */
final class Progress implements ProgressListener, AutoCloseable {

  /** Whether stderr is a terminal; replaced by tests. */
  static volatile BooleanSupplier terminal = Terminal::stderrIsTerminal;

  /** Stays under the 80 columns of the narrowest terminal, so the line never wraps and \r can rewrite it. */
  static final int WIDTH = 79;

  private final PrintWriter err;
  private final boolean enabled;
  private String corpus = "";
  private int pages;
  private int shown;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Progress on {@code err} if standard error is a terminal, else a silent one. */
  static Progress onStderr(PrintWriter err) {
    return new Progress(err, terminal.getAsBoolean());
  }

  @Override
  public void corpusStarted(int index, int total, String name) {
    corpus = "[" + index + "/" + total + " " + name + "] ";
    pages = 0;
    show("starting");
  }

  @Override
  public void documentStarted(int index, int total, String path) {
    show("reading " + index + "/" + total + pagesSoFar() + ": " + path);
  }

  @Override
  public void documentRead(int index, int total, String path, int pagesRead) {
    pages += Math.max(0, pagesRead);
    show("read " + index + "/" + total + " documents" + pagesSoFar());
  }

  @Override
  public void analysisStarted(int obligations, int docs) {
    show("assessing " + obligations + " obligations against " + docs + (docs == 1 ? " document" : " documents")
        + pagesSoFar());
  }

  @Override
  public void analysisFinished(int obligations) {
    show("assessed " + obligations + " obligations");
  }

  /** Erases the progress line. */
  @Override
  public void close() {
    if (enabled && shown > 0) {
      err.print("\r" + " ".repeat(shown) + "\r");
      err.flush();
      shown = 0;
    }
  }

  private String pagesSoFar() {
    return pages == 0 ? "" : ", " + pages + (pages == 1 ? " page" : " pages");
  }

  private void show(String message) {
    if (!enabled) {
      return;
    }
    String line = fit("lexgap: " + corpus + message);
    int width = line.codePointCount(0, line.length());
    err.print("\r" + line + " ".repeat(Math.max(0, shown - width)));
    err.flush();
    shown = width;
  }

  /** One line of at most {@link #WIDTH} characters: control characters dropped, the middle elided. */
  static String fit(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .forEach(b::appendCodePoint);
    String clean = b.toString();
    if (clean.codePointCount(0, clean.length()) <= WIDTH) {
      return clean;
    }
    int[] cps = clean.codePoints().toArray();
    int head = WIDTH / 2 - 1;
    int tail = WIDTH - head - 1;
    return new String(cps, 0, head) + "\u2026" + new String(cps, cps.length - tail, tail);
  }
}
