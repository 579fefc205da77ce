package org.lexgap.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lexgap.checklist.YamlTree.Field;
import org.lexgap.checklist.YamlTree.ListNode;
import org.lexgap.checklist.YamlTree.MapNode;
import org.lexgap.checklist.YamlTree.Node;
import org.lexgap.checklist.YamlTree.ScalarNode;
import org.lexgap.checklist.YamlTree.ScalarType;
import org.lexgap.yaml.Suggest;

/**
 * Loads checklists from YAML (format: docs/checklist-format.md), embedded or from files, resolving
 * {@code extends}, and validates them completely: every error is reported, each with its file, line, column and
 * path. Loading never prints; warnings are returned in {@link LoadResult} or {@link Validation}.
 */
public final class ChecklistLoader {

  /** The checklist used when none is named. */
  public static final String DEFAULT = Checklists.DEFAULT;

  static final int MAX_EXTENDS_DEPTH = 8;

  static final List<String> ROOT_KEYS = List.of("id", "title", "treaty", "text-version", "version", "language",
      "extends", "disable", "concepts", "obligations");
  private static final List<String> ROOT_SCALARS =
      List.of("id", "title", "treaty", "text-version", "version", "language");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private ChecklistLoader() {}

  /** Loads an embedded checklist by name ({@link Checklists#embeddedNames()}), else the file at that path. */
  public static Checklist load(String nameOrPath) throws ChecklistException {
    return loadWithWarnings(nameOrPath).checklist();
  }

  public static Checklist loadFile(Path file) throws ChecklistException {
    return orThrow(run(Origin.file(file))).checklist();
  }

  public static Checklist loadEmbedded(String name) throws ChecklistException {
    return orThrow(run(embeddedOrigin(name))).checklist();
  }

  /** As {@link #load(String)}, keeping the warnings. */
  public static LoadResult loadWithWarnings(String nameOrPath) throws ChecklistException {
    return orThrow(run(resolve(nameOrPath)));
  }

  /** Checks a file without throwing: all errors and warnings, and the checklist when valid. */
  public static Validation validate(Path file) {
    return run(Origin.file(file));
  }

  /** As {@link #validate(Path)}, resolving embedded names first like {@link #load(String)}. */
  public static Validation validate(String nameOrPath) {
    return run(resolve(nameOrPath));
  }

  /** For tests: loads a classpath resource as if it were embedded under {@code name}. */
  static Validation validateResource(String name, String resource) {
    return run(Origin.resource(name, resource));
  }

  private static LoadResult orThrow(Validation v) throws ChecklistException {
    if (!v.valid()) {
      throw new ChecklistException(v.errors());
    }
    return new LoadResult(v.checklist().orElseThrow(), v.warnings());
  }

  private static Origin resolve(String nameOrPath) {
    if (Checklists.isEmbedded(nameOrPath)) {
      return embeddedOrigin(nameOrPath);
    }
    return Origin.named(nameOrPath);
  }

  private static Origin embeddedOrigin(String name) {
    return Origin.resource(name, Checklists.isEmbedded(name) ? Checklists.resource(name) : null);
  }

  // ---------------------------------------------------------------------------------------------------------

  /** Where a checklist comes from; {@code display} is what errors name. */
  private record Origin(String display, Path path, String embeddedName, String resource) {

    static Origin file(Path p) {
      return new Origin(p.toString(), p, null, null);
    }

    /** A command-line argument that is not an embedded name: a path, or an error when it is not one. */
    static Origin named(String s) {
      try {
        return file(Path.of(s));
      } catch (InvalidPathException e) {
        return new Origin(s, null, null, null);
      }
    }

    static Origin resource(String name, String resource) {
      return new Origin("embedded:" + name, null, name, resource);
    }

    boolean embedded() {
      return embeddedName != null;
    }

    /** Identity for cycle detection. */
    String key() {
      if (embedded()) {
        return display;
      }
      try {
        return path.toRealPath().toString();
      } catch (IOException | RuntimeException e) {
        return path.toAbsolutePath().normalize().toString();
      }
    }

    byte[] read() throws YamlTree.Refused {
      if (embedded()) {
        InputStream in = resource == null ? null : ChecklistLoader.class.getResourceAsStream(resource);
        if (in == null) {
          throw refused(resource == null
              ? "no embedded checklist '" + embeddedName + "'; embedded checklists: "
                  + String.join(", ", Checklists.embeddedNames())
              : "embedded checklist '" + embeddedName + "' is missing from this build");
        }
        try (in) {
          return in.readNBytes((int) YamlTree.MAX_BYTES + 1);
        } catch (IOException e) {
          throw refused("cannot read: " + e.getMessage());
        }
      }
      if (path == null) {
        throw refused(notFound());
      }
      try {
        if (Files.isDirectory(path)) {
          throw refused("is a directory, not a checklist file");
        }
        if (!Files.isRegularFile(path)) {
          throw refused(notFound());
        }
        long size = Files.size(path);
        if (size > YamlTree.MAX_BYTES) {
          throw refused("file is " + size + " bytes; a checklist may be at most " + YamlTree.MAX_BYTES + " bytes");
        }
        return Files.readAllBytes(path);
      } catch (IOException e) {
        throw refused("cannot read: " + e.getMessage());
      }
    }

    private String notFound() {
      return "no such file, and not an embedded checklist (" + String.join(", ", Checklists.embeddedNames())
          + ")";
    }

    private YamlTree.Refused refused(String message) {
      return new YamlTree.Refused(new ChecklistError(display, 0, 0, message, ""));
    }
  }

  /** A file's content merged over its bases. */
  private static final class Layer {
    final Map<String, ScalarNode> scalars = new LinkedHashMap<>();
    final List<Node> concepts = new ArrayList<>();
    final List<Node> obligations = new ArrayList<>();
    /** Files in the chain, the loaded one first: the order errors are reported in. */
    final List<String> files = new ArrayList<>();
  }

  private static Validation run(Origin origin) {
    Diagnostics d = new Diagnostics();
    Layer layer = readLayer(origin, new ArrayList<>(), d);
    Checklist checklist = null;
    if (layer != null) {
      Validator.Model model = Validator.validate(layer.concepts, layer.obligations, origin.display(), d);
      if (model != null && d.errors.isEmpty()) {
        checklist = new Checklist(
            text(layer, "id"),
            text(layer, "title"),
            text(layer, "treaty"),
            text(layer, "version"),
            text(layer, "text-version"),
            text(layer, "language"),
            origin.display(),
            model.concepts(),
            model.obligations());
      }
    }
    List<String> files = layer == null ? List.of(origin.display()) : layer.files;
    return new Validation(origin.display(), Optional.ofNullable(checklist), sorted(d.errors, files),
        sorted(d.warnings, files));
  }

  private static String text(Layer layer, String key) {
    return layer.scalars.get(key).text();
  }

  private static List<ChecklistError> sorted(List<ChecklistError> list, List<String> files) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      rank.putIfAbsent(files.get(i), i);
    }
    List<ChecklistError> out = new ArrayList<>(list);
    out.sort(Comparator.<ChecklistError>comparingInt(e -> rank.getOrDefault(e.file(), Integer.MAX_VALUE))
        .thenComparing(ChecklistError::file)
        .thenComparingInt(ChecklistError::line)
        .thenComparingInt(ChecklistError::column));
    return out;
  }

  /** Reads one file and, recursively, what it extends. Returns null when the result cannot be validated. */
  private static Layer readLayer(Origin origin, List<Origin> chain, Diagnostics d) {
    Node root;
    try {
      byte[] bytes = origin.read();
      root = YamlTree.parse(origin.display(), bytes, d.errors);
    } catch (YamlTree.Refused r) {
      d.errors.add(r.error);
      return null;
    }
    if (root == null) {
      d.errors.add(new ChecklistError(origin.display(), 0, 0,
          "empty checklist: expected a YAML mapping with id, title, treaty, text-version, version, language,"
              + " concepts and obligations", ""));
      return null;
    }
    if (!(root instanceof MapNode m)) {
      d.error(root, "a checklist must be a YAML mapping (key: value lines), found " + root.describe());
      return null;
    }
    d.unknownKeys(m, ROOT_KEYS, "checklist");
    Field extendsField = m.field("extends");
    boolean extension = extendsField != null;

    Map<String, ScalarNode> scalars = new LinkedHashMap<>();
    for (String key : ROOT_SCALARS) {
      boolean required = !extension || key.equals("id");
      ScalarNode s = switch (key) {
        case "id" -> d.formatted(m, key, required, Validator.ID, Validator.ID_FORMAT);
        case "language" -> d.formatted(m, key, required, LANGUAGE, "expected a language code such as en");
        default -> d.string(m, key, required);
      };
      if (s != null) {
        scalars.put(key, s);
      }
    }
    ListNode concepts = d.list(m, "concepts", !extension);
    ListNode obligations = d.list(m, "obligations", !extension);

    Layer layer;
    if (!extension) {
      Field disable = m.field("disable");
      if (disable != null) {
        d.errorAtKey(m, disable, "'disable' is only valid together with 'extends'");
      }
      layer = new Layer();
      layer.files.add(origin.display());
      layer.scalars.putAll(scalars);
      if (concepts != null) {
        layer.concepts.addAll(concepts.items());
      }
      if (obligations != null) {
        layer.obligations.addAll(obligations.items());
      }
      return layer;
    }

    ScalarNode ref = d.string(m, "extends", true);
    if (ref == null) {
      return null;
    }
    Origin base = baseOf(origin, ref, d);
    if (base == null) {
      return null;
    }
    List<Origin> here = new ArrayList<>(chain);
    here.add(origin);
    for (Origin o : here) {
      if (o.key().equals(base.key())) {
        List<String> names = new ArrayList<>();
        for (Origin x : here) {
          names.add(x.display());
        }
        names.add(base.display());
        d.error(ref, "extends cycle: " + String.join(" -> ", names));
        return null;
      }
    }
    if (here.size() > MAX_EXTENDS_DEPTH) {
      d.error(ref, "more than " + MAX_EXTENDS_DEPTH + " levels of 'extends'");
      return null;
    }
    Layer b = readLayer(base, here, d);
    if (b == null) {
      return null;
    }
    layer = new Layer();
    layer.files.add(origin.display());
    layer.files.addAll(b.files);
    layer.scalars.putAll(b.scalars);
    layer.scalars.putAll(scalars);
    layer.concepts.addAll(overlay(b.concepts, concepts));
    List<Node> merged = overlay(b.obligations, obligations);

    Set<String> baseObligations = new LinkedHashSet<>();
    for (Node n : b.obligations) {
      idOf(n).ifPresent(baseObligations::add);
    }
    Set<String> disabled = new LinkedHashSet<>();
    for (ScalarNode s : d.strings(m, "disable", false, false)) {
      if (!baseObligations.contains(s.text())) {
        String hint = Suggest.closest(s.text(), baseObligations).map(x -> "; did you mean '" + x + "'?")
            .orElse("");
        d.error(s, "cannot disable '" + s.text() + "': no such obligation in " + base.display() + hint);
      } else if (!disabled.add(s.text())) {
        d.warning(s, "'" + s.text() + "' is disabled twice");
      }
    }
    for (Node n : merged) {
      if (idOf(n).map(id -> !disabled.contains(id)).orElse(true)) {
        layer.obligations.add(n);
      }
    }
    return layer;
  }

  private static Origin baseOf(Origin origin, ScalarNode ref, Diagnostics d) {
    String name = ref.text();
    if (Checklists.isEmbedded(name)) {
      return embeddedOrigin(name);
    }
    if (origin.embedded()) {
      d.error(ref, "an embedded checklist can only extend another embedded checklist ("
          + String.join(", ", Checklists.embeddedNames()) + ")");
      return null;
    }
    Path p;
    try {
      Path parent = origin.path().getParent();
      p = (parent == null ? Path.of(name) : parent.resolve(name)).normalize();
    } catch (InvalidPathException e) {
      d.error(ref, "invalid path '" + name + "'");
      return null;
    }
    if (!Files.isRegularFile(p)) {
      d.error(ref, "cannot find the base checklist '" + name + "': not an embedded checklist ("
          + String.join(", ", Checklists.embeddedNames()) + ") and no file " + p);
      return null;
    }
    return Origin.file(p);
  }

  /** Base items with same-id items replaced in place by the extension's, new ones appended. */
  private static List<Node> overlay(List<Node> base, ListNode ext) {
    List<Node> out = new ArrayList<>(base);
    if (ext == null) {
      return out;
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < base.size(); i++) {
      int at = i;
      idOf(base.get(i)).ifPresent(id -> index.putIfAbsent(id, at));
    }
    Set<String> replaced = new java.util.HashSet<>();
    for (Node n : ext.items()) {
      Optional<String> id = idOf(n);
      // a second item with the same id is appended, so validation reports it as a duplicate
      if (id.isPresent() && index.containsKey(id.get()) && replaced.add(id.get())) {
        out.set(index.get(id.get()), n);
      } else {
        out.add(n);
      }
    }
    return out;
  }

  private static Optional<String> idOf(Node n) {
    if (n instanceof MapNode m && m.field("id") != null && m.field("id").value() instanceof ScalarNode s
        && s.type() == ScalarType.STRING) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }
}
