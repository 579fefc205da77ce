package org.lexgap.config;

import com.fasterxml.jackson.core.JsonFactory;
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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.yaml.Utf8;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML or JSON file read into a small tree whose nodes remember line, column and path, so that validation
 * can point at the offending key or value. Reading is defensive: anchors and aliases (a configuration never
 * needs them, and they are the billion-laughs vector), oversized files, deep nesting, duplicate keys and
 * multi-document streams are refused.
 */
final class Tree {

  static final int MAX_DEPTH = 20;
  static final int MAX_STRING_CHARS = 10_000;

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 4)
          .maxStringLength(MAX_STRING_CHARS).build())
      .build();
  private static final YAMLFactory YAML = buildYaml();

  private static YAMLFactory buildYaml() {
    LoaderOptions lo = new LoaderOptions();
    lo.setMaxAliasesForCollections(1);
    lo.setNestingDepthLimit(MAX_DEPTH * 4);
    lo.setCodePointLimit(8 * 1024 * 1024);
    lo.setAllowRecursiveKeys(false);
    return YAMLFactory.builder().loaderOptions(lo)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 4)
            .maxStringLength(MAX_STRING_CHARS).build())
        .build();
  }

  private Tree() {}

  sealed interface Node permits MapNode, ListNode, ScalarNode {
    String path();

    int line();

    int column();

    /** What a user would call this node in "expected ..., found ..." messages. */
    String describe();
  }

  /** A mapping key with its location and value. */
  record Field(String key, int line, int column, Node value) {}

  record MapNode(String path, int line, int column, Map<String, Field> fields) implements Node {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  record ListNode(String path, int line, int column, List<Node> items) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar; {@code text} is null for YAML/JSON null. {@code string} when it was a string token. */
  record ScalarNode(String path, int line, int column, String text, boolean string) implements Node {
    @Override
    public String describe() {
      if (text == null) {
        return "nothing (null)";
      }
      return string ? "a string" : "'" + text + "'";
    }
  }

  /** Collects errors in the house format, all of them, for one file. */
  static final class Errors {
    final String file;
    final List<String> lines = new ArrayList<>();

    Errors(String file) {
      this.file = file;
    }

    void add(int line, int column, String message, String path) {
      String where = file + ":" + line + ":" + column + ": ";
      lines.add(path == null || path.isEmpty() ? where + message : where + message + " (at " + path + ")");
    }

    void add(Node n, String message) {
      add(n.line(), n.column(), message, n.path());
    }

    void throwIfAny() throws ConfigException {
      if (!lines.isEmpty()) {
        throw new ConfigException(lines);
      }
    }
  }

  /**
   * Reads a whole file. Syntax errors end reading at once (nothing after them can be trusted); refused
   * constructs such as aliases are collected in {@code errs} and reading goes on. An empty YAML file is an
   * empty mapping.
   */
  static Node read(Path file, boolean yaml, long maxBytes, Errors errs) throws ConfigException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new ConfigException(errs.file + ": file is " + size + " bytes, more than the limit of " + maxBytes);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(errs.file + ": no such file");
    } catch (IOException e) {
      throw new ConfigException(errs.file + ": cannot read: " + e.getMessage());
    }
    String text;
    try {
      text = Utf8.strictWithoutBom(bytes);
    } catch (CharacterCodingException e) {
      throw new ConfigException(errs.file + ": not UTF-8 text");
    }
    try (JsonParser p = yaml ? YAML.createParser(text) : JSON.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        if (yaml) {
          return new MapNode("", 1, 1, Map.of());
        }
        throw new ConfigException(errs.file + ":1:1: empty file, expected a JSON object");
      }
      Node root = new Reader(p, errs).read("", 0);
      if (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        errs.add(line(l), col(l), yaml ? "only one YAML document is allowed per file"
            : "unexpected content after the end of the JSON object", "");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new ConfigException(syntaxError(errs.file, e, yaml));
    } catch (IOException e) {
      throw new ConfigException(errs.file + ": cannot read: " + e.getMessage());
    }
  }

  private static String syntaxError(String file, JsonProcessingException e, boolean yaml) {
    Throwable c = e.getCause();
    if (c instanceof MarkedYAMLException m) {
      Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
      String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
      if (mark != null) {
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": invalid YAML: "
            + oneLine(problem);
      }
    }
    JsonLocation l = e.getLocation();
    String msg = oneLine(e.getOriginalMessage());
    String kind = yaml ? "YAML" : "JSON";
    if (l == null) {
      return file + ": invalid " + kind + ": " + msg;
    }
    return file + ":" + line(l) + ":" + col(l) + ": invalid " + kind + ": " + msg;
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl >= 0 ? s.substring(0, nl) : s).trim();
  }

  private static int line(JsonLocation l) {
    return Math.max(1, l.getLineNr());
  }

  private static int col(JsonLocation l) {
    return Math.max(1, l.getColumnNr());
  }

  private static final class Reader {
    private final JsonParser p;
    private final Errors errs;

    Reader(JsonParser p, Errors errs) {
      this.p = p;
      this.errs = errs;
    }

    Node read(String path, int depth) throws IOException, ConfigException {
      JsonLocation loc = p.currentTokenLocation();
      int line = line(loc);
      int col = col(loc);
      if (depth > MAX_DEPTH) {
        errs.add(line, col, "nested more than " + MAX_DEPTH + " levels deep", path);
        throw new ConfigException(errs.lines);
      }
      refuseAnchors(line, col, path);
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT -> {
          Map<String, Field> fields = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation kl = p.currentTokenLocation();
            String key = p.currentName();
            String childPath = path.isEmpty() ? key : path + "." + key;
            p.nextToken();
            Node v = read(childPath, depth + 1);
            if (fields.containsKey(key)) {
              errs.add(line(kl), col(kl), "duplicate key '" + key + "' (first at line "
                  + fields.get(key).line() + ")", path);
            } else {
              fields.put(key, new Field(key, line(kl), col(kl), v));
            }
          }
          return new MapNode(path, line, col, Collections.unmodifiableMap(fields));
        }
        case START_ARRAY -> {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(read(path + "[" + items.size() + "]", depth + 1));
          }
          return new ListNode(path, line, col, List.copyOf(items));
        }
        case VALUE_NULL -> {
          return new ScalarNode(path, line, col, null, false);
        }
        case VALUE_STRING -> {
          return new ScalarNode(path, line, col, p.getText(), true);
        }
        default -> {
          return new ScalarNode(path, line, col, p.getText(), false);
        }
      }
    }

    private void refuseAnchors(int line, int col, String path) throws IOException {
      if (p instanceof YAMLParser y) {
        if (y.isCurrentAlias()) {
          errs.add(line, col, "YAML aliases (*name) are not allowed; write the value out", path);
        } else if (y.getObjectId() != null) {
          errs.add(line, col, "YAML anchors (&name) are not allowed", path);
        }
      }
    }
  }
}
