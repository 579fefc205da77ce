package org.lexgap.compare;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lexgap.read.ReadException;
import org.lexgap.yaml.Utf8;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a comparison manifest: several countries, each with the statutes that make up its corpus.
 *
 * <pre>
 * countries:
 *   - name: Tanzania
 *     code: TZ
 *     documents: [tz/cybercrimes-act-2015.txt]
 * </pre>
 *
 * Parsing is strict, because a typo that silently drops a country or a statute skews the whole comparison:
 * unknown and duplicate keys, missing or empty fields, a repeated country name and a document that does not
 * exist are all errors, each reported at its line and column, all of them at once. Plain scalars are taken as
 * written, so {@code code: NO} is Norway, not false. Like checklists, manifests may come from anyone, so
 * anchors and aliases, several documents, deep nesting and files over {@link #MAX_BYTES} are refused.
 */
public final class Manifest {

  static final int MAX_BYTES = 1 << 20;
  static final int MAX_DEPTH = 8;
  static final int MAX_TEXT = 1000;

  private static final YAMLFactory FACTORY = buildFactory();

  private Manifest() {}

  /** Whether a path names a manifest rather than a folder of statutes: by its extension. */
  public static boolean isManifest(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * The countries a manifest declares, in file order; document paths are resolved against the manifest's
   * folder.
   *
   * @throws ReadException the manifest itself cannot be read
   * @throws ManifestException it is not a valid manifest
   */
  public static List<Country> load(Path file) throws ReadException, ManifestException {
    String name = file.toString().replace('\\', '/');
    if (!Files.isRegularFile(file)) {
      throw new ReadException(name + (Files.exists(file) ? ": not a file" : ": no such file"));
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ManifestException(List.of(new ManifestError(name, 0, 0,
            "file is larger than " + MAX_BYTES + " bytes; a manifest lists paths, it is never that big")));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReadException(name + ": cannot read: " + e.getMessage(), e);
    }
    Path base = file.toAbsolutePath().getParent();
    Path shown = file.getParent();
    return parse(name, bytes, shown == null ? Path.of("") : shown, base);
  }

  /**
   * Parses manifest text. {@code dir} is the folder paths are resolved against for the inputs (kept as the user
   * wrote it, so reports stay portable); {@code absDir} is used to check that they exist.
   */
  static List<Country> parse(String file, byte[] bytes, Path dir, Path absDir) throws ManifestException {
    List<ManifestError> errors = new ArrayList<>();
    Node root = new Reader(file, errors).read(decode(file, bytes));
    List<Country> countries = new ArrayList<>();
    if (root != null) {
      new Checker(file, dir, absDir, errors, countries).root(root);
    } else if (errors.isEmpty()) {
      errors.add(new ManifestError(file, 1, 1, "empty manifest: expected a 'countries:' list"));
    }
    if (!errors.isEmpty()) {
      // Read in file order, like a compiler's messages; the sort is stable for errors at one place.
      errors.sort(Comparator.comparingInt(ManifestError::line).thenComparingInt(ManifestError::column));
      throw new ManifestException(errors);
    }
    return List.copyOf(countries);
  }

  private static String decode(String file, byte[] bytes) throws ManifestException {
    try {
      return Utf8.strictWithoutBom(bytes);
    } catch (CharacterCodingException e) {
      throw new ManifestException(List.of(new ManifestError(file, 0, 0, "not valid UTF-8 text")));
    }
  }

  private static YAMLFactory buildFactory() {
    LoaderOptions lo = new LoaderOptions();
    lo.setMaxAliasesForCollections(0);
    lo.setAllowRecursiveKeys(false);
    lo.setNestingDepthLimit(MAX_DEPTH * 2);
    lo.setCodePointLimit(MAX_BYTES);
    lo.setAllowDuplicateKeys(true); // reported by the reader, with both locations
    return YAMLFactory.builder().loaderOptions(lo).streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH * 2).maxStringLength(MAX_BYTES).maxDocumentLength(MAX_BYTES).build())
        .build();
  }

  // ---- a located YAML tree ----

  private sealed interface Node permits MapNode, ListNode, Scalar {
    int line();

    int column();
  }

  private record Field(String key, int line, int column, Node value) {}

  private record MapNode(Map<String, Field> fields, int line, int column) implements Node {}

  private record ListNode(List<Node> items, int line, int column) implements Node {}

  /** {@code text} is the scalar as written; null for a YAML null. */
  private record Scalar(String text, int line, int column) implements Node {}

  private static String describe(Node n) {
    if (n instanceof MapNode) {
      return "a mapping";
    }
    if (n instanceof ListNode) {
      return "a list";
    }
    return ((Scalar) n).text() == null ? "nothing" : "a value";
  }

  private static final class Reader {
    private final String file;
    private final List<ManifestError> errors;

    Reader(String file, List<ManifestError> errors) {
      this.file = file;
      this.errors = errors;
    }

    Node read(String text) {
      try (JsonParser p = FACTORY.createParser(text)) {
        if (p.nextToken() == null) {
          return null;
        }
        Node root = node(p, 1);
        if (p.nextToken() != null) {
          JsonLocation l = p.currentTokenLocation();
          errors.add(new ManifestError(file, l.getLineNr(), l.getColumnNr(),
              "more than one YAML document ('---'); a manifest is one document"));
        }
        return root;
      } catch (Refused r) {
        errors.add(r.error);
      } catch (JsonProcessingException e) {
        errors.add(syntax(e));
      } catch (IOException e) {
        errors.add(new ManifestError(file, 0, 0, "cannot read: " + e.getMessage()));
      }
      return null;
    }

    private ManifestError syntax(JsonProcessingException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
          return new ManifestError(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1,
              "YAML syntax error: " + oneLine(m.getProblem()));
        }
      }
      JsonLocation l = e.getLocation();
      String msg = "YAML syntax error: " + oneLine(e.getOriginalMessage());
      return l == null ? new ManifestError(file, 0, 0, msg)
          : new ManifestError(file, l.getLineNr(), l.getColumnNr(), msg);
    }

    private Node node(JsonParser p, int depth) throws IOException, Refused {
      JsonLocation loc = p.currentTokenLocation();
      int line = loc.getLineNr();
      int col = loc.getColumnNr();
      YAMLParser yp = (YAMLParser) p;
      if (yp.isCurrentAlias() || yp.getObjectId() != null) {
        throw new Refused(new ManifestError(file, line, col, "YAML anchors and aliases are not allowed in a manifest"));
      }
      JsonToken t = p.currentToken();
      if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
        throw new Refused(new ManifestError(file, line, col, "nesting deeper than " + MAX_DEPTH + " levels"));
      }
      switch (t) {
        case START_OBJECT -> {
          Map<String, Field> fields = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation kl = p.currentTokenLocation();
            String key = p.currentName();
            p.nextToken();
            Node value = node(p, depth + 1);
            Field prev = fields.get(key);
            if (prev != null) {
              errors.add(new ManifestError(file, kl.getLineNr(), kl.getColumnNr(),
                  "duplicate key '" + clip(key) + "' (first at line " + prev.line() + ")"));
            } else {
              fields.put(key, new Field(key, kl.getLineNr(), kl.getColumnNr(), value));
            }
          }
          return new MapNode(fields, line, col);
        }
        case START_ARRAY -> {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(p, depth + 1));
          }
          return new ListNode(List.copyOf(items), line, col);
        }
        default -> {
          return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), line, col);
        }
      }
    }
  }

  /** A problem that stops reading. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient ManifestError error;

    Refused(ManifestError error) {
      super(error.toString());
      this.error = error;
    }
  }

  // ---- validation ----

  private static final class Checker {
    private final String file;
    private final Path dir;
    private final Path absDir;
    private final List<ManifestError> errors;
    private final List<Country> out;
    private final Map<String, Integer> names = new HashMap<>();

    Checker(String file, Path dir, Path absDir, List<ManifestError> errors, List<Country> out) {
      this.file = file;
      this.dir = dir;
      this.absDir = absDir;
      this.errors = errors;
      this.out = out;
    }

    private void error(int line, int column, String message) {
      errors.add(new ManifestError(file, line, column, message));
    }

    void root(Node root) {
      if (!(root instanceof MapNode m)) {
        error(root.line(), root.column(), "expected a mapping with a 'countries:' list, found " + describe(root));
        return;
      }
      unknownKeys(m, List.of("countries"));
      Field f = m.fields().get("countries");
      if (f == null) {
        error(m.line(), m.column(), "missing 'countries:' (the list of countries to compare)");
        return;
      }
      if (!(f.value() instanceof ListNode list) || list.items().isEmpty()) {
        error(f.value().line(), f.value().column(), "'countries' must be a non-empty list, found "
            + (f.value() instanceof ListNode ? "an empty list" : describe(f.value())));
        return;
      }
      for (Node item : list.items()) {
        country(item);
      }
    }

    private void country(Node n) {
      if (!(n instanceof MapNode m)) {
        error(n.line(), n.column(), "a country must be a mapping with name and documents, found " + describe(n));
        return;
      }
      unknownKeys(m, List.of("name", "code", "documents"));
      String name = text(m, "name", true);
      String code = text(m, "code", false);
      if (code != null && !code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,9}")) {
        Field cf = m.fields().get("code");
        error(cf.value().line(), cf.value().column(),
            "code '" + clip(code) + "' must be up to 10 letters, digits or hyphens (e.g. TZ)");
      }
      if (name != null) {
        Integer first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), m.line());
        if (first != null) {
          Field nf = m.fields().get("name");
          error(nf.value().line(), nf.value().column(),
              "country '" + clip(name) + "' is listed twice (first at line " + first + ")");
        }
      }
      List<Path> docs = documents(m);
      if (name != null && docs != null) {
        out.add(new Country(name, code, docs, file + ":" + m.line() + ":" + m.column()));
      }
    }

    private List<Path> documents(MapNode m) {
      Field f = m.fields().get("documents");
      if (f == null) {
        error(m.line(), m.column(), "missing 'documents:' (the country's statutes, relative to the manifest)");
        return null;
      }
      if (!(f.value() instanceof ListNode list) || list.items().isEmpty()) {
        error(f.value().line(), f.value().column(), "'documents' must be a non-empty list of paths, found "
            + (f.value() instanceof ListNode ? "an empty list" : describe(f.value())));
        return null;
      }
      List<Path> docs = new ArrayList<>();
      boolean ok = true;
      for (Node item : list.items()) {
        if (!(item instanceof Scalar s) || s.text() == null || s.text().isBlank()) {
          error(item.line(), item.column(), "a document must be a path, found " + describe(item));
          ok = false;
          continue;
        }
        try {
          Path rel = Path.of(s.text().strip());
          if (!Files.exists(absDir.resolve(rel))) {
            error(s.line(), s.column(), "'" + clip(s.text()) + "': no such file or folder (paths are relative"
                + " to the manifest's folder)");
            ok = false;
          } else {
            docs.add(rel.isAbsolute() ? rel : dir.resolve(rel));
          }
        } catch (InvalidPathException e) {
          error(s.line(), s.column(), "'" + clip(s.text()) + "' is not a valid path");
          ok = false;
        }
      }
      return ok ? docs : null;
    }

    /** A required or optional text field: any scalar, as written; reports and returns null when invalid. */
    private String text(MapNode m, String key, boolean required) {
      Field f = m.fields().get(key);
      if (f == null) {
        if (required) {
          error(m.line(), m.column(), "missing '" + key + ":'");
        }
        return null;
      }
      if (!(f.value() instanceof Scalar s) || s.text() == null || s.text().isBlank()) {
        error(f.value().line(), f.value().column(), "'" + key + "' must be text, found "
            + (f.value() instanceof Scalar s2 && s2.text() != null ? "blank text" : describe(f.value())));
        return null;
      }
      if (s.text().length() > MAX_TEXT) {
        error(s.line(), s.column(), "'" + key + "' is longer than " + MAX_TEXT + " characters");
        return null;
      }
      return s.text().strip();
    }

    private void unknownKeys(MapNode m, List<String> allowed) {
      for (Field f : m.fields().values()) {
        if (!allowed.contains(f.key())) {
          error(f.line(), f.column(), "unknown key '" + clip(f.key()) + "' (allowed: " + String.join(", ", allowed)
              + ")");
        }
      }
    }
  }

  private static String clip(String s) {
    String one = oneLine(s);
    return one.length() <= 80 ? one : one.substring(0, 79) + "\u2026";
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c).forEach(b::appendCodePoint);
    return b.toString().strip().replaceAll(" {2,}", " ");
  }
}
