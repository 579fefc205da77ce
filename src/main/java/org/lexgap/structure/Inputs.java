package org.lexgap.structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.lexgap.read.ReadException;
import org.lexgap.read.Readers;

/** Turns the paths a user gives (files and folders of statutes) into parsed documents. */
public final class Inputs {

  /** File name extensions a folder is searched for, lower case. */
  public static final Set<String> STATUTE_EXTENSIONS =
      Set.of("txt", "text", "md", "markdown", "pdf", "docx", "html", "htm", "xml");

  private static final StructureParser PARSER = new StructureParser();

  private Inputs() {}

  /**
   * Reads and parses every input in order. A folder stands for the statute files inside it and its
   * sub-folders (hidden ones skipped), sorted by path; a folder without any is an error, as is a missing
   * file. Display paths are kept as the user typed them so reports stay portable.
   *
   * @param formatHint a reader format name forced on every file, or null to detect
   * @throws ReadException naming the file and the problem
   */
  public static List<StructuredDocument> load(List<Path> inputs, String formatHint) throws ReadException {
    List<StructuredDocument> out = new ArrayList<>();
    for (Path input : inputs) {
      for (Path file : expand(input)) {
        out.add(PARSER.parse(Readers.read(file, display(file), formatHint)));
      }
    }
    return out;
  }

  /** The statute files an input stands for: itself, or the statute files under a folder. */
  public static List<Path> expand(Path input) throws ReadException {
    if (!Files.isDirectory(input)) {
      if (!Files.exists(input)) {
        throw new ReadException(display(input) + ": no such file");
      }
      return List.of(input);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(input, 16)) {
      files = walk.filter(p -> !p.equals(input))
          .filter(p -> !isHidden(input.relativize(p)))
          .filter(Files::isRegularFile)
          .filter(Inputs::isStatuteFile)
          .sorted((a, b) -> display(a).compareTo(display(b)))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ReadException(display(input) + ": cannot list folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new ReadException(display(input) + ": no statutes found (expected files ending in "
          + String.join(", ", STATUTE_EXTENSIONS.stream().sorted().map(e -> "." + e).toList()) + ")");
    }
    return files;
  }

  /** Project files that sit beside statutes in a folder and are never statutes themselves. */
  private static final java.util.regex.Pattern NOT_A_STATUTE = java.util.regex.Pattern.compile(
      "(?i)(readme|changelog|license|licence|contributing|notice)(\\..*)?");

  static boolean isStatuteFile(Path p) {
    if (NOT_A_STATUTE.matcher(p.getFileName().toString()).matches()) {
      return false;
    }
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 && STATUTE_EXTENSIONS.contains(name.substring(dot + 1));
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The path as typed, with forward slashes so that output is the same on every platform. */
  static String display(Path p) {
    return p.toString().replace('\\', '/');
  }
}
