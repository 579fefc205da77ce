package org.lexgap.checklist;

import java.util.Locale;

/** Whether a State must implement an obligation. */
public enum Strength {
  MANDATORY, OPTIONAL, MANDATORY_WITH_OPTIONS;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
