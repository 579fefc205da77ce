package org.lexgap.eval;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.lexgap.eval.LocatedYaml.Entry;
import org.lexgap.eval.LocatedYaml.MapNode;
import org.lexgap.eval.LocatedYaml.Node;
import org.lexgap.eval.LocatedYaml.Scalar;
import org.lexgap.eval.LocatedYaml.SeqNode;
import org.lexgap.yaml.Utf8;

/**
 * Reads gold files strictly (format: shared/corpus/gold/README.md). Every problem is reported with its
 * location, all at once, so an expert can fix a file in one pass.
 */
public final class GoldParser {

  private static final List<String> TOP_KEYS = List.of("country", "title", "documents", "treaty", "articles");
  private static final List<String> ENTRY_KEYS = List.of("status", "provisions", "note");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern ARTICLE = Pattern.compile("[1-9][0-9]{0,2}");

  private final String file;
  private final Path path;
  private final List<GoldError> errors = new ArrayList<>();

  private GoldParser(Path path, String displayPath) {
    this.path = path;
    this.file = displayPath;
  }

  /** Parses every file, collecting the errors of all of them before failing. */
  public static List<GoldFile> parseAll(List<Path> files) throws GoldException {
    List<GoldFile> out = new ArrayList<>();
    List<GoldError> errors = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(parse(f, f.toString()));
      } catch (GoldException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      throw new GoldException(errors);
    }
    return out;
  }

  public static GoldFile parse(Path file, String displayPath) throws GoldException {
    GoldParser p = new GoldParser(file, displayPath);
    GoldFile g = p.run();
    if (!p.errors.isEmpty()) {
      // in file order, like a compiler; the sort is stable, so errors at one spot keep their order
      p.errors.sort(Comparator.comparingInt(GoldError::line).thenComparingInt(GoldError::column));
      throw new GoldException(p.errors);
    }
    return g;
  }

  private GoldFile run() {
    String content = readText();
    if (content == null) {
      return null;
    }
    Node root = LocatedYaml.parse(content, file, errors);
    if (root == null) {
      return null;
    }
    if (!(root instanceof MapNode map)) {
      error(root, "expected a mapping with keys " + String.join(", ", TOP_KEYS) + ", found " + kind(root), "");
      return null;
    }
    checkKeys(map, TOP_KEYS, "");
    String country = string(map, "country", "", true);
    if (country != null && !COUNTRY.matcher(country).matches()) {
      error(map.get("country").value(), "expected an ISO 3166 alpha-2 code such as \"UG\", found '" + country + "'",
          "country");
    }
    String title = string(map, "title", "", true);
    List<String> docNames = new ArrayList<>();
    List<Path> docs = documents(map, docNames);
    String treaty = string(map, "treaty", "", true);
    List<GoldEntry> articles = articles(map);
    return new GoldFile(file, country, title, docs, docNames, treaty, articles);
  }

  private String readText() {
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        errors.add(new GoldError(file, 0, 0, Files.exists(path) ? "not a file" : "no such file", null));
        return null;
      }
      if (Files.size(path) > LocatedYaml.MAX_CHARS) {
        errors.add(new GoldError(file, 0, 0, "too large for a gold file (over 1 MiB)", null));
        return null;
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      errors.add(new GoldError(file, 0, 0, "cannot read: " + e.getMessage(), null));
      return null;
    }
    try {
      return Utf8.strict(bytes);
    } catch (CharacterCodingException e) {
      errors.add(new GoldError(file, 0, 0, "not UTF-8 text", null));
      return null;
    }
  }

  private List<Path> documents(MapNode map, List<String> names) {
    List<Path> out = new ArrayList<>();
    Entry e = map.get("documents");
    if (e == null) {
      error(map, "missing required key 'documents'", "");
      return out;
    }
    if (!(e.value() instanceof SeqNode seq)) {
      error(e.value(), "expected a list of document paths, found " + kind(e.value()), "documents");
      return out;
    }
    if (seq.items().isEmpty()) {
      error(seq, "expected at least one document", "documents");
    }
    // relative to the gold file's folder, kept relative when the gold path is, for readable messages
    Path base = path.getParent() == null ? Path.of("") : path.getParent();
    Set<Path> seen = new HashSet<>();
    for (int i = 0; i < seq.items().size(); i++) {
      Node n = seq.items().get(i);
      String at = "documents[" + i + "]";
      String name = stringValue(n, at);
      if (name == null) {
        continue;
      }
      Path resolved = base.resolve(name).normalize();
      if (!Files.isRegularFile(resolved)) {
        error(n, "document not found: " + name + " (looked for " + resolved + ")", at);
      } else if (!seen.add(resolved)) {
        error(n, "document listed twice: " + name, at);
      } else {
        out.add(resolved);
        names.add(name);
      }
    }
    return out;
  }

  private List<GoldEntry> articles(MapNode map) {
    List<GoldEntry> out = new ArrayList<>();
    Entry e = map.get("articles");
    if (e == null) {
      error(map, "missing required key 'articles'", "");
      return out;
    }
    if (!(e.value() instanceof MapNode arts)) {
      error(e.value(), "expected a mapping of article numbers to verdicts, found " + kind(e.value()), "articles");
      return out;
    }
    if (arts.entries().isEmpty()) {
      error(arts, "no articles judged", "articles");
    }
    for (Entry a : arts.entries()) {
      String at = LocatedYaml.child("articles", a.key());
      if (!ARTICLE.matcher(a.key()).matches()) {
        errors.add(new GoldError(file, a.line(), a.column(),
            "article key must be a Convention article number such as \"7\", found '" + a.key() + "'", at));
        continue;
      }
      GoldEntry g = entry(a.key(), a.value(), at);
      if (g != null) {
        out.add(g);
      }
    }
    out.sort(Comparator.comparingInt(g -> Integer.parseInt(g.article())));
    return out;
  }

  private GoldEntry entry(String article, Node node, String at) {
    if (!(node instanceof MapNode m)) {
      error(node, "expected a mapping {status: ..., provisions: [...], note: ...}, found " + kind(node), at);
      return null;
    }
    checkKeys(m, ENTRY_KEYS, at);
    ArticleStatus status = null;
    String s = string(m, "status", at, true);
    if (s != null) {
      switch (s) {
        case "met" -> status = ArticleStatus.MET;
        case "partial" -> status = ArticleStatus.PARTIAL;
        case "missing" -> status = ArticleStatus.MISSING;
        default -> error(m.get("status").value(),
            "invalid status '" + s + "' (expected met, partial or missing)", LocatedYaml.child(at, "status"));
      }
    }
    List<String> provisions = provisions(m, at);
    Entry pe = m.get("provisions");
    if (status == ArticleStatus.MISSING && pe != null) {
      errors.add(new GoldError(file, pe.line(), pe.column(), "a missing article cites no provisions",
          LocatedYaml.child(at, "provisions")));
    } else if (status != null && status.addressed() && pe == null) {
      error(m, "missing required key 'provisions' (a " + status.id() + " article names the provisions that"
          + " implement it)", at);
    }
    String note = string(m, "note", at, false);
    if (status == null || provisions == null) {
      return null;
    }
    return new GoldEntry(article, status, status.addressed() ? provisions : List.of(), note);
  }

  private List<String> provisions(MapNode m, String at) {
    Entry e = m.get("provisions");
    List<String> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    String pat = LocatedYaml.child(at, "provisions");
    if (!(e.value() instanceof SeqNode seq)) {
      error(e.value(), "expected a list of provision numbers such as [\"14\", \"5A\"], found " + kind(e.value()),
          pat);
      return null;
    }
    if (seq.items().isEmpty()) {
      error(seq, "expected at least one provision", pat);
    }
    boolean ok = true;
    for (int i = 0; i < seq.items().size(); i++) {
      Node n = seq.items().get(i);
      String ip = pat + "[" + i + "]";
      String v = stringValue(n, ip);
      if (v == null) {
        ok = false;
        continue;
      }
      String norm = ProvisionRefs.normalise(v);
      if (norm.isEmpty()) {
        error(n, "not a provision number: '" + v + "'", ip);
        ok = false;
      } else if (out.contains(norm)) {
        error(n, "provision listed twice: '" + v + "'", ip);
        ok = false;
      } else {
        out.add(norm);
      }
    }
    return ok ? out : null;
  }

  private void checkKeys(MapNode m, List<String> allowed, String at) {
    for (Entry e : m.entries()) {
      if (!allowed.contains(e.key())) {
        errors.add(new GoldError(file, e.line(), e.column(),
            "unknown key '" + e.key() + "' (expected one of: " + String.join(", ", allowed) + ")",
            LocatedYaml.child(at, e.key())));
      }
    }
  }

  private String string(MapNode m, String key, String at, boolean required) {
    Entry e = m.get(key);
    if (e == null) {
      if (required) {
        error(m, "missing required key '" + key + "'", at);
      }
      return null;
    }
    return stringValue(e.value(), LocatedYaml.child(at, key));
  }

  private String stringValue(Node n, String at) {
    if (!(n instanceof Scalar s) || s.token() != JsonToken.VALUE_STRING) {
      // YAML reads 14 as a number and NO (Norway) as a boolean: say how to keep them text
      String hint = n instanceof Scalar s && s.token() != JsonToken.VALUE_NULL
          ? " (quote it: \"" + s.text() + "\")" : "";
      error(n, "expected a string, found " + kind(n) + hint, at);
      return null;
    }
    if (s.text().isBlank()) {
      error(n, "must not be empty", at);
      return null;
    }
    return s.text().strip();
  }

  private static String kind(Node n) {
    if (n instanceof MapNode) {
      return "a mapping";
    }
    if (n instanceof SeqNode) {
      return "a list";
    }
    Scalar s = (Scalar) n;
    return switch (s.token()) {
      case VALUE_NULL -> "nothing";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      default -> "a string";
    };
  }

  private void error(Node n, String message, String at) {
    errors.add(new GoldError(file, n.line(), n.column(), message, at));
  }
}
