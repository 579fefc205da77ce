package org.lexgap.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document read with Jackson's streaming parser into a small tree whose every node and key knows its
 * line and column, so validation errors can point at the offending token. Anchors, aliases, several documents,
 * duplicate keys and deep nesting are refused: gold files are plain data and may come from anyone.
 */
final class LocatedYaml {

  static final int MAX_DEPTH = 16;
  static final int MAX_CHARS = 1 << 20;

  sealed interface Node permits MapNode, SeqNode, Scalar {
    int line();

    int column();
  }

  /** A scalar; {@code token} tells strings from numbers, booleans and nulls. */
  record Scalar(String text, JsonToken token, int line, int column) implements Node {}

  record Entry(String key, int line, int column, Node value) {}

  record MapNode(List<Entry> entries, int line, int column) implements Node {
    Entry get(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }
  }

  record SeqNode(List<Node> items, int line, int column) implements Node {}

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private static final YAMLFactory FACTORY = buildFactory();

  private static YAMLFactory buildFactory() {
    LoaderOptions lo = new LoaderOptions();
    lo.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their location
    lo.setMaxAliasesForCollections(10);
    lo.setNestingDepthLimit(MAX_DEPTH * 2);
    lo.setCodePointLimit(MAX_CHARS + 1);
    return YAMLFactory.builder()
        .loaderOptions(lo)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH * 2).maxStringLength(MAX_CHARS).build())
        .build();
  }

  private final String file;
  private final List<GoldError> errors;

  private LocatedYaml(String file, List<GoldError> errors) {
    this.file = file;
    this.errors = errors;
  }

  /** Parses {@code content}; adds problems to {@code errors}; returns null when there is no usable tree. */
  static Node parse(String content, String file, List<GoldError> errors) {
    LocatedYaml y = new LocatedYaml(file, errors);
    try (JsonParser p = FACTORY.createParser(content)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        errors.add(new GoldError(file, 1, 1, "empty file", null));
        return null;
      }
      Node root = y.read(p, t, "", 1);
      JsonToken next = p.nextToken();
      if (next != null) {
        JsonLocation l = p.currentTokenLocation();
        errors.add(new GoldError(file, l.getLineNr(), l.getColumnNr(),
            "more than one YAML document (one gold file holds one document)", null));
      }
      return root;
    } catch (JsonProcessingException e) {
      y.syntaxError(e);
      return null;
    } catch (IOException e) {
      errors.add(new GoldError(file, 0, 0, "cannot read: " + e.getMessage(), null));
      return null;
    }
  }

  private void syntaxError(JsonProcessingException e) {
    int line = 0;
    int col = 0;
    String msg = e.getOriginalMessage();
    if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      line = m.getProblemMark().getLine() + 1;
      col = m.getProblemMark().getColumn() + 1;
      msg = m.getProblem() != null ? m.getProblem() : m.getContext();
    } else if (e.getLocation() != null) {
      line = e.getLocation().getLineNr();
      col = e.getLocation().getColumnNr();
    }
    if (msg == null) {
      msg = "invalid YAML";
    }
    int nl = msg.indexOf('\n');
    errors.add(new GoldError(file, Math.max(line, 0), Math.max(col, 0),
        "YAML syntax error: " + (nl >= 0 ? msg.substring(0, nl) : msg).strip(), null));
  }

  private Node read(JsonParser p, JsonToken t, String path, int depth) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    YAMLParser yp = (YAMLParser) p;
    if (yp.isCurrentAlias() || yp.getObjectId() != null) {
      errors.add(new GoldError(file, line, col, "anchors and aliases are not allowed in gold files", path));
    }
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
      errors.add(new GoldError(file, line, col, "nested too deeply (more than " + MAX_DEPTH + " levels)", path));
      p.skipChildren();
      return new Scalar("", JsonToken.VALUE_NULL, line, col);
    }
    switch (t) {
      case START_OBJECT -> {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation kl = p.currentTokenLocation();
          String childPath = child(path, key);
          Node value = read(p, p.nextToken(), childPath, depth + 1);
          if (!seen.add(key)) {
            errors.add(new GoldError(file, kl.getLineNr(), kl.getColumnNr(),
                "duplicate key '" + key + "'", childPath));
          } else {
            entries.add(new Entry(key, kl.getLineNr(), kl.getColumnNr(), value));
          }
        }
        return new MapNode(List.copyOf(entries), line, col);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken v;
        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(read(p, v, path + "[" + items.size() + "]", depth + 1));
        }
        return new SeqNode(List.copyOf(items), line, col);
      }
      default -> {
        String text = t == JsonToken.VALUE_NULL ? "" : p.getText();
        return new Scalar(text, t, line, col);
      }
    }
  }

  /** A readable path: articles."9".status; keys that are not plain words are quoted. */
  static String child(String path, String key) {
    String seg = PLAIN_KEY.matcher(key).matches() ? key : "\"" + key.replace("\"", "\\\"") + "\"";
    return path.isEmpty() ? seg : path + "." + seg;
  }
}
