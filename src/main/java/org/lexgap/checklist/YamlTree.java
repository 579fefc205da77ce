package org.lexgap.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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
 * A YAML document read into a small tree whose every node remembers its file, line, column and path, so that
 * validation can point at the offending key or value. Reading is defensive: checklists can come from anyone,
 * so anchors and aliases (the billion-laughs vector; a checklist never needs them), documents over
 * {@link #MAX_BYTES}, nesting over {@link #MAX_DEPTH} and oversized keys and strings are refused.
 */
final class YamlTree {

  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final int MAX_DEPTH = 50;
  static final int MAX_STRING_CHARS = 100_000;
  static final int MAX_KEY_CHARS = 200;

  private static final YAMLFactory FACTORY = buildFactory();

  private YamlTree() {}

  /** Any node of the tree. {@code path} is e.g. {@code obligations[3].elements[1].concepts[0]}. */
  sealed interface Node permits MapNode, ListNode, ScalarNode {
    String file();

    String path();

    int line();

    int column();

    /** What a user would call this node in "string expected, found ..." messages. */
    String describe();
  }

  /** A key of a mapping, located at the key. */
  record Field(String key, int line, int column, Node value) {}

  record MapNode(String file, String path, int line, int column, Map<String, Field> fields) implements Node {
    Field field(String key) {
      return fields.get(key);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  record ListNode(String file, String path, int line, int column, List<Node> items) implements Node {
    @Override
    public String describe() {
      return "a list";
    }
  }

  enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL, OTHER }

  record ScalarNode(String file, String path, int line, int column, ScalarType type, String text)
      implements Node {
    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "a string";
        case INTEGER -> "an integer (" + text + ")";
        case FLOAT -> "a number (" + text + ")";
        case BOOLEAN -> "a boolean (" + text + ")";
        case NULL -> "nothing (null)";
        case OTHER -> "a tagged value";
      };
    }
  }

  /** A problem that stops reading the file; carries the one error to report. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient ChecklistError error;

    Refused(ChecklistError error) {
      super(error.toString());
      this.error = error;
    }
  }

  private static YAMLFactory buildFactory() {
    LoaderOptions lo = new LoaderOptions();
    // Jackson's streaming parser does not expand aliases, but keep SnakeYAML's own guards tight too.
    lo.setMaxAliasesForCollections(0);
    lo.setAllowRecursiveKeys(false);
    lo.setNestingDepthLimit(MAX_DEPTH);
    lo.setCodePointLimit((int) MAX_BYTES);
    // Duplicates are detected (and all reported) while building the tree.
    lo.setAllowDuplicateKeys(true);
    StreamReadConstraints src = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH + 5) // safety net; our own check at MAX_DEPTH gives a located message
        .maxStringLength(MAX_STRING_CHARS * 2)
        .maxNameLength(MAX_KEY_CHARS * 10)
        .maxDocumentLength(MAX_BYTES)
        .build();
    return YAMLFactory.builder().loaderOptions(lo).streamReadConstraints(src).build();
  }

  /**
   * Reads one YAML document. Returns null for an empty document. Non-fatal problems (duplicate keys) go to
   * {@code errors}; a fatal one (syntax error, hostile or oversized input) throws.
   */
  static Node parse(String file, byte[] bytes, List<ChecklistError> errors) throws Refused {
    if (bytes.length > MAX_BYTES) {
      throw new Refused(new ChecklistError(file, 0, 0,
          "file is " + bytes.length + " bytes; a checklist may be at most " + MAX_BYTES + " bytes", ""));
    }
    String text = decode(file, bytes);
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      Node root = new Builder(file, text, p, errors).read("", 1);
      JsonToken next = p.nextToken();
      if (next != null) {
        JsonLocation l = p.currentTokenLocation();
        throw new Refused(new ChecklistError(file, l.getLineNr(), l.getColumnNr(),
            "more than one YAML document ('---'); a checklist is one document", ""));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new Refused(syntaxError(file, e));
    } catch (IOException e) {
      throw new Refused(new ChecklistError(file, 0, 0, "cannot read: " + e.getMessage(), ""));
    }
  }

  private static String decode(String file, byte[] bytes) throws Refused {
    try {
      return Utf8.strictWithoutBom(bytes);
    } catch (CharacterCodingException e) {
      throw new Refused(new ChecklistError(file, 0, 0, "not valid UTF-8 text", ""));
    }
  }

  private static ChecklistError syntaxError(String file, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        Mark pm = m.getProblemMark();
        String msg = "YAML syntax error: " + oneLine(m.getProblem());
        if (m.getContext() != null) {
          Mark cm = m.getContextMark();
          msg += " (" + oneLine(m.getContext())
              + (cm == null ? "" : " at line " + (cm.getLine() + 1) + ", column " + (cm.getColumn() + 1)) + ")";
        }
        return new ChecklistError(file, pm.getLine() + 1, pm.getColumn() + 1, msg, "");
      }
    }
    JsonLocation l = e.getLocation();
    String msg = oneLine(e.getOriginalMessage());
    if (msg.contains("nesting depth")) {
      msg = "nesting deeper than " + MAX_DEPTH + " levels";
    } else if (msg.contains("exceeds the limit")) {
      msg = "document too large: " + msg;
    } else {
      msg = "YAML syntax error: " + msg;
    }
    return l == null
        ? new ChecklistError(file, 0, 0, msg, "")
        : new ChecklistError(file, l.getLineNr(), l.getColumnNr(), msg, "");
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static final class Builder {
    /**
     * Jackson reports anchors on collections only; a scalar's anchor is found in the source, where the node's
     * properties (an optional tag, then the anchor) start at the token's offset.
     */
    private String scalarAnchor(JsonLocation loc) {
      long off = loc.getCharOffset();
      if (off < 0 || off >= text.length()) {
        return null;
      }
      int i = (int) off;
      if (text.charAt(i) == '!') {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
      }
      if (i >= text.length() || text.charAt(i) != '&') {
        return null;
      }
      int end = i + 1;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - i < 100) {
        end++;
      }
      return text.substring(i + 1, end);
    }

    private final String file;
    private final String text;
    private final JsonParser p;
    private final List<ChecklistError> errors;

    Builder(String file, String text, JsonParser p, List<ChecklistError> errors) {
      this.file = file;
      this.text = text;
      this.p = p;
      this.errors = errors;
    }

    private Refused refuse(int line, int column, String message, String path) {
      return new Refused(new ChecklistError(file, line, column, message, path));
    }

    /** Reads the value at the current token. */
    Node read(String path, int depth) throws IOException, Refused {
      JsonLocation loc = p.currentTokenLocation();
      int line = loc.getLineNr();
      int col = loc.getColumnNr();
      YAMLParser yp = (YAMLParser) p;
      if (yp.isCurrentAlias()) {
        throw refuse(line, col, "YAML aliases ('*" + p.getText() + "') are not allowed in a checklist", path);
      }
      Object id = yp.getObjectId();
      String anchor = id != null ? id.toString() : scalarAnchor(loc);
      if (anchor != null) {
        throw refuse(line, col, "YAML anchors ('&" + anchor + "') are not allowed in a checklist", path);
      }
      JsonToken t = p.currentToken();
      if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
        throw refuse(line, col, "nesting deeper than " + MAX_DEPTH + " levels", path);
      }
      switch (t) {
        case START_OBJECT -> {
          Map<String, Field> fields = new LinkedHashMap<>();
          JsonToken k;
          while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation kl = p.currentTokenLocation();
            String key = p.currentName();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (key.length() > MAX_KEY_CHARS) {
              throw refuse(kl.getLineNr(), kl.getColumnNr(),
                  "key of " + key.length() + " characters; at most " + MAX_KEY_CHARS + " allowed", path);
            }
            p.nextToken();
            Node value = read(childPath, depth + 1);
            Field prev = fields.get(key);
            if (prev != null) {
              errors.add(new ChecklistError(file, kl.getLineNr(), kl.getColumnNr(),
                  "duplicate key '" + key + "' (first at line " + prev.line() + ")", childPath));
            } else {
              fields.put(key, new Field(key, kl.getLineNr(), kl.getColumnNr(), value));
            }
          }
          return new MapNode(file, path, line, col, Collections.unmodifiableMap(fields));
        }
        case START_ARRAY -> {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(read(path + "[" + items.size() + "]", depth + 1));
          }
          return new ListNode(file, path, line, col, List.copyOf(items));
        }
        default -> {
          String text = t == JsonToken.VALUE_NULL ? "" : p.getText();
          if (text != null && text.length() > MAX_STRING_CHARS) {
            throw refuse(line, col,
                "string of " + text.length() + " characters; at most " + MAX_STRING_CHARS + " allowed", path);
          }
          ScalarType type = switch (t) {
            case VALUE_STRING -> ScalarType.STRING;
            case VALUE_NUMBER_INT -> ScalarType.INTEGER;
            case VALUE_NUMBER_FLOAT -> ScalarType.FLOAT;
            case VALUE_TRUE, VALUE_FALSE -> ScalarType.BOOLEAN;
            case VALUE_NULL -> ScalarType.NULL;
            default -> ScalarType.OTHER;
          };
          return new ScalarNode(file, path, line, col, type, text == null ? "" : text);
        }
      }
    }
  }
}
