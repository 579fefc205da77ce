package org.lexgap.checklist;

import java.util.List;

/**
 * TEMPORARY stand-in so the eval branch compiles; the real loader (embedded checklists and files) replaces
 * this class when the branches are merged.
 */
public final class ChecklistLoader {

  public static final String DEFAULT = "un-cybercrime-convention";

  private ChecklistLoader() {}

  public static Checklist load(String nameOrPath) throws ChecklistException {
    throw new ChecklistException(List.of(new ChecklistError(nameOrPath, 0, 0,
        "checklist loading is not available in this build", null)));
  }
}
