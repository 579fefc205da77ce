package org.lexgap.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.lexgap.analysis.GapReport;

/**
 * Writes a report file all or nothing: the content goes to a temporary file in the target's directory, is
 * forced to disk, then renamed over the target (atomically where the file system can, else by a plain
 * replace). If writing fails for any reason the temporary file is deleted and an existing target is left as
 * it was, so a crash never leaves a half-written report that CI or a reader would take for a whole one.
 * Text is encoded as UTF-8; unpaired surrogates become '?' rather than failing the write.
 */
public final class AtomicOutput {

  /** Writes the content of a file to {@code out}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicOutput() {}

  /** Renders {@code report} into {@code target}, replacing it only once the rendering is complete. */
  public static void write(Path target, Renderer renderer, GapReport report, RenderOptions options)
      throws IOException {
    write(target, out -> renderer.render(report, options, out));
  }

  /** Writes {@code content} into {@code target}; creates missing parent directories. */
  public static void write(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir == null || abs.getFileName() == null) {
      throw new IOException(target + ": not a file path");
    }
    Files.createDirectories(dir);
    Path temp = createTemp(dir, abs.getFileName().toString());
    boolean done = false;
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        // Not closed through the writer: the channel must stay open for force() after the last flush.
        Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8));
        content.writeTo(w);
        w.flush();
        ch.force(true);
      }
      move(temp, abs);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** A new hidden file next to the target; created exclusively, so it never follows or clobbers a link. */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
      try {
        return Files.createFile(dir.resolve("." + name + "." + suffix + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 9) {
          throw e;
        }
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
