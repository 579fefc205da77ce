package org.lexgap.checklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 * Collects errors and warnings while reading the located tree, with typed accessors that report a wrong type,
 * an empty value or a missing required field at the right place and return null so checking can go on.
 */
final class Diagnostics {

  final List<ChecklistError> errors = new ArrayList<>();
  final List<ChecklistError> warnings = new ArrayList<>();

  void error(Node at, String message) {
    errors.add(new ChecklistError(at.file(), at.line(), at.column(), message, at.path()));
  }

  void errorAtKey(MapNode map, Field f, String message) {
    errors.add(new ChecklistError(map.file(), f.line(), f.column(), message, childPath(map, f.key())));
  }

  void warning(Node at, String message) {
    warnings.add(new ChecklistError(at.file(), at.line(), at.column(), message, at.path()));
  }

  void warningAtKey(MapNode map, Field f, String message) {
    warnings.add(new ChecklistError(map.file(), f.line(), f.column(), message, childPath(map, f.key())));
  }

  static String childPath(MapNode map, String key) {
    return map.path().isEmpty() ? key : map.path() + "." + key;
  }

  /** Reports every key not in {@code known}, suggesting the nearest known key. */
  void unknownKeys(MapNode map, Collection<String> known, String what) {
    for (Field f : map.fields().values()) {
      if (!known.contains(f.key())) {
        String hint = Suggest.closest(f.key(), known).map(s -> "; did you mean '" + s + "'?").orElse("");
        errorAtKey(map, f, "unknown key '" + f.key() + "' in " + what + hint);
      }
    }
  }

  /** The node as a mapping, or an error "mapping expected". */
  MapNode map(Node n, String what) {
    if (n instanceof MapNode m) {
      return m;
    }
    error(n, what + " must be a mapping (key: value), found " + n.describe());
    return null;
  }

  private Field present(MapNode m, String key, boolean required) {
    Field f = m.field(key);
    boolean absent = f == null || f.value() instanceof ScalarNode s && s.type() == ScalarType.NULL;
    if (absent) {
      if (required) {
        if (f == null) {
          error(m, "missing required field '" + key + "'");
        } else {
          errorAtKey(m, f, "'" + key + "' must not be empty");
        }
      }
      return null;
    }
    return f;
  }

  /** A non-empty string scalar; null (and an error if appropriate) otherwise. */
  ScalarNode string(MapNode m, String key, boolean required) {
    Field f = present(m, key, required);
    if (f == null) {
      return null;
    }
    return stringValue(f.value(), "'" + key + "'");
  }

  ScalarNode stringValue(Node v, String what) {
    if (v instanceof ScalarNode s && s.type() == ScalarType.STRING) {
      if (s.text().isBlank()) {
        error(s, what + " must not be empty");
        return null;
      }
      return s;
    }
    String hint = v instanceof ScalarNode s && s.type() != ScalarType.OTHER && s.type() != ScalarType.NULL
        ? " (put it in quotes: \"" + s.text() + "\")" : "";
    error(v, what + ": string expected, found " + v.describe() + hint);
    return null;
  }

  /** A string matching {@code format}, described by {@code formatName} in the error. */
  ScalarNode formatted(MapNode m, String key, boolean required, Pattern format, String formatName) {
    ScalarNode s = string(m, key, required);
    if (s != null && !format.matcher(s.text()).matches()) {
      error(s, "invalid " + key + " '" + s.text() + "': " + formatName);
      return null;
    }
    return s;
  }

  ScalarNode integer(MapNode m, String key, boolean required) {
    Field f = present(m, key, required);
    if (f == null) {
      return null;
    }
    if (f.value() instanceof ScalarNode s && s.type() == ScalarType.INTEGER) {
      return s;
    }
    String hint = f.value() instanceof ScalarNode s && s.type() == ScalarType.STRING
        && s.text().matches("[0-9]+") ? " (remove the quotes)" : "";
    error(f.value(), "'" + key + "': integer expected, found " + f.value().describe() + hint);
    return null;
  }

  Boolean bool(MapNode m, String key) {
    Field f = present(m, key, false);
    if (f == null) {
      return null;
    }
    if (f.value() instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
      return Boolean.valueOf(s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("yes")
          || s.text().equalsIgnoreCase("on") || s.text().equalsIgnoreCase("y"));
    }
    error(f.value(), "'" + key + "': true or false expected, found " + f.value().describe());
    return null;
  }

  /** The list under {@code key}; null when absent (error if required) or not a list. */
  ListNode list(MapNode m, String key, boolean required) {
    Field f = present(m, key, required);
    if (f == null) {
      return null;
    }
    if (f.value() instanceof ListNode l) {
      return l;
    }
    String hint = f.value() instanceof ScalarNode s && s.type() == ScalarType.STRING
        ? " (write [" + s.text() + "] or a '- ' item per line)" : "";
    error(f.value(), "'" + key + "': list expected, found " + f.value().describe() + hint);
    return null;
  }

  /** The string items of a list; wrong items are reported and skipped. Empty list when absent. */
  List<ScalarNode> strings(MapNode m, String key, boolean required, boolean nonEmpty) {
    ListNode l = list(m, key, required);
    List<ScalarNode> out = new ArrayList<>();
    if (l == null) {
      return out;
    }
    if (nonEmpty && l.items().isEmpty()) {
      Field f = m.field(key);
      errorAtKey(m, f, "'" + key + "' must not be empty");
    }
    for (Node item : l.items()) {
      ScalarNode s = stringValue(item, "item of '" + key + "'");
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** An enumerated value; reports the allowed ones and a suggestion when invalid. */
  ScalarNode oneOf(ScalarNode s, String what, Set<String> allowed) {
    if (s == null || allowed.contains(s.text())) {
      return s;
    }
    String hint = Suggest.closest(s.text(), allowed).map(x -> "; did you mean '" + x + "'?").orElse("");
    error(s, "invalid " + what + " '" + s.text() + "': expected one of " + String.join(", ", allowed) + hint);
    return null;
  }
}
