package org.lexgap.checklist;

import java.util.List;

/** The checklists shipped inside lexgap (from {@code rules/} in the source tree). */
public final class Checklists {

  /** The checklist used when none is named. */
  public static final String DEFAULT = "un-cybercrime-convention";

  private static final List<String> EMBEDDED = List.of("budapest-convention", "un-cybercrime-convention");

  private Checklists() {}

  /** Names that {@link ChecklistLoader#load(String)} resolves before trying a file path, sorted. */
  public static List<String> embeddedNames() {
    return EMBEDDED;
  }

  public static boolean isEmbedded(String name) {
    return EMBEDDED.contains(name);
  }

  /** Classpath resource of an embedded checklist. */
  static String resource(String name) {
    return "/org/lexgap/rules/" + name + ".yaml";
  }
}
