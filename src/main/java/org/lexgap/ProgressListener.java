package org.lexgap;

/**
 * What a long run tells its caller while it works, so a command line can show progress without the library
 * printing anything. Every method has a no-op default; callbacks arrive on the calling thread, in order. Counts
 * are 1-based ({@code index} of {@code total}).
 */
public interface ProgressListener {

  /** Listens to nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /** A corpus (one country in a comparison) is about to be loaded and checked. */
  default void corpusStarted(int index, int total, String name) {}

  /** A document is about to be read; {@code total} counts the files every input expanded to. */
  default void documentStarted(int index, int total, String path) {}

  /** A document was read and structured; {@code pages} is 0 for formats without pages. */
  default void documentRead(int index, int total, String path, int pages) {}

  /** The analysis of {@code documents} documents against {@code obligations} obligations begins. */
  default void analysisStarted(int obligations, int documents) {}

  /** The analysis is done: {@code obligations} obligations were assessed. */
  default void analysisFinished(int obligations) {}
}
