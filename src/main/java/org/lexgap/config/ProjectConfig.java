package org.lexgap.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lexgap.config.Tree.Errors;
import org.lexgap.config.Tree.Field;
import org.lexgap.config.Tree.ListNode;
import org.lexgap.config.Tree.MapNode;
import org.lexgap.config.Tree.Node;
import org.lexgap.config.Tree.ScalarNode;
import org.lexgap.yaml.Suggest;

/**
 * A project's {@code .lexgap.yaml}: what {@code lexgap check} should read and how it should judge, so that a
 * bill's repository can run {@code lexgap check} with no arguments. Every key is optional; paths are relative
 * to the folder holding the file. Command-line options override it.
 *
 * @param file the configuration file, absolute
 * @param documents statutes to check (files or folders), resolved; empty when not given
 * @param checklist an embedded checklist name, or a checklist file path resolved against the config folder;
 *     null when not given
 * @param failOn "missing", "partial" or "never"; null when not given
 * @param format an output format name; null when not given
 * @param output where to write the report, resolved; null when not given
 * @param waivers accepted gaps, in file order
 * @param baseline the baseline file, resolved; null when not given
 */
public record ProjectConfig(
    Path file,
    List<Path> documents,
    String checklist,
    String failOn,
    String format,
    Path output,
    List<WaiverSpec> waivers,
    Path baseline) {

  /** The file name looked for from the working directory upward. */
  public static final String FILE_NAME = ".lexgap.yaml";

  /** Larger than any sensible configuration (thousands of waivers), small enough to refuse junk. */
  public static final long MAX_BYTES = 1024 * 1024;

  static final List<String> ROOT_KEYS =
      List.of("documents", "checklist", "fail-on", "format", "output", "waivers", "baseline");
  static final List<String> WAIVER_KEYS = List.of("obligation", "reason", "implemented-in", "expires");
  static final List<String> FAIL_ON = List.of("missing", "partial", "never");
  /** Formats lexgap check writes; kept here so that a typo is reported with its line. */
  static final List<String> FORMATS =
      List.of("text", "md", "json", "csv", "html", "sarif", "junit", "github");

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  public ProjectConfig {
    documents = List.copyOf(documents);
    waivers = List.copyOf(waivers);
  }

  /**
   * Finds {@value #FILE_NAME} in {@code cwd} or the nearest folder above it (up to the filesystem root) and
   * loads it; empty when there is none.
   */
  public static Optional<ProjectConfig> discover(Path cwd) throws ConfigException {
    for (Path dir = cwd.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(load(candidate));
      }
    }
    return Optional.empty();
  }

  /** Loads and validates one configuration file, reporting every problem at once. */
  public static ProjectConfig load(Path file) throws ConfigException {
    Errors errs = new Errors(file.toString());
    Node root = Tree.read(file, true, MAX_BYTES, errs);
    Path abs = file.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    List<Path> documents = new ArrayList<>();
    String checklist = null;
    String failOn = null;
    String format = null;
    Path output = null;
    List<WaiverSpec> waivers = new ArrayList<>();
    Path baseline = null;
    if (!(root instanceof MapNode map)) {
      errs.add(root, "expected a mapping of settings (documents:, checklist:, ...), found " + root.describe());
      errs.throwIfAny();
      throw new IllegalStateException();
    }
    for (Field f : map.fields().values()) {
      Node v = f.value();
      switch (f.key()) {
        case "documents" -> {
          if (v instanceof ListNode l) {
            for (Node item : l.items()) {
              String s = string(item, errs, "a file or folder path");
              if (s != null) {
                documents.add(dir.resolve(s).normalize());
              }
            }
          } else {
            errs.add(v, "expected a list of files or folders, found " + v.describe()
                + (v instanceof ScalarNode s && s.text() != null ? " (write ['" + s.text() + "'])" : ""));
          }
        }
        case "checklist" -> {
          String s = string(v, errs, "a checklist name or file");
          if (s != null) {
            checklist = looksLikePath(s) ? dir.resolve(s).normalize().toString() : s;
          }
        }
        case "fail-on" -> failOn = oneOf(v, FAIL_ON, errs);
        case "format" -> format = oneOf(v, FORMATS, errs);
        case "output" -> {
          String s = string(v, errs, "a file path");
          if (s != null) {
            output = dir.resolve(s).normalize();
          }
        }
        case "baseline" -> {
          String s = string(v, errs, "a file path");
          if (s != null) {
            baseline = dir.resolve(s).normalize();
          }
        }
        case "waivers" -> waivers.addAll(waivers(v, errs));
        default -> errs.add(f.line(), f.column(), "unknown key '" + f.key() + "'"
            + Suggest.hint(f.key(), ROOT_KEYS) + "; known keys: " + String.join(", ", ROOT_KEYS), map.path());
      }
    }
    errs.throwIfAny();
    return new ProjectConfig(abs, documents, checklist, failOn, format, output, waivers, baseline);
  }

  private static List<WaiverSpec> waivers(Node v, Errors errs) {
    List<WaiverSpec> out = new ArrayList<>();
    if (!(v instanceof ListNode list)) {
      errs.add(v, "expected a list of waivers ('- obligation: ...'), found " + v.describe());
      return out;
    }
    Map<String, Node> seen = new HashMap<>();
    for (Node item : list.items()) {
      if (!(item instanceof MapNode m)) {
        errs.add(item, "expected a waiver (obligation:, reason:, ...), found " + item.describe());
        continue;
      }
      String obligation = null;
      String reason = null;
      String implementedIn = null;
      LocalDate expires = null;
      boolean ok = true;
      for (Field f : m.fields().values()) {
        switch (f.key()) {
          case "obligation" -> {
            obligation = string(f.value(), errs, "an obligation id such as UNCC-7");
            if (obligation != null && !obligation.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
              errs.add(f.value(), "'" + obligation + "' is not an obligation id (such as UNCC-7)");
              obligation = null;
            }
          }
          case "reason" -> reason = string(f.value(), errs, "the reason the gap is accepted");
          case "implemented-in" -> implementedIn = string(f.value(), errs, "where it is implemented instead");
          case "expires" -> {
            String s = string(f.value(), errs, "a date yyyy-mm-dd");
            if (s != null) {
              try {
                expires = LocalDate.parse(s, ISO_DATE);
              } catch (DateTimeParseException e) {
                errs.add(f.value(), "'" + s + "' is not a date in the form yyyy-mm-dd");
                ok = false;
              }
            }
          }
          default -> {
            errs.add(f.line(), f.column(), "unknown key '" + f.key() + "'"
                + Suggest.hint(f.key(), WAIVER_KEYS) + "; a waiver has " + String.join(", ", WAIVER_KEYS), m.path());
            ok = false;
          }
        }
      }
      if (!m.fields().containsKey("obligation")) {
        errs.add(m, "a waiver needs 'obligation' (the id of the obligation it waives)");
      }
      if (!m.fields().containsKey("reason")) {
        errs.add(m, "a waiver needs 'reason' (why the gap is accepted)");
      }
      if (obligation == null || reason == null || !ok) {
        continue;
      }
      Node prev = seen.putIfAbsent(obligation, m);
      if (prev != null) {
        errs.add(m, "a second waiver for " + obligation + " (the first is at line " + prev.line() + ")");
        continue;
      }
      out.add(new WaiverSpec(obligation, reason, implementedIn, expires,
          errs.file + ":" + m.line() + ":" + m.column()));
    }
    return out;
  }

  /** A non-blank string value, or null after recording why not. */
  private static String string(Node n, Errors errs, String what) {
    if (n instanceof ScalarNode s && s.text() != null) {
      if (s.text().isBlank()) {
        errs.add(n, "expected " + what + ", found an empty string");
        return null;
      }
      return s.text().strip();
    }
    errs.add(n, "expected " + what + ", found " + n.describe());
    return null;
  }

  private static String oneOf(Node n, List<String> allowed, Errors errs) {
    String s = string(n, errs, "one of " + String.join(", ", allowed));
    if (s == null) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      errs.add(n, "'" + s + "' is not one of " + String.join(", ", allowed) + Suggest.hint(s, allowed));
      return null;
    }
    return lower;
  }

  /** A checklist value naming a file rather than an embedded checklist. */
  static boolean looksLikePath(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return s.indexOf('/') >= 0 || s.indexOf('\\') >= 0 || lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** The keys a configuration file may hold, for documentation and tests. */
  public static Set<String> keys() {
    return Set.copyOf(ROOT_KEYS);
  }
}
