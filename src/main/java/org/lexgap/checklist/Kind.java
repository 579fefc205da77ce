package org.lexgap.checklist;

import java.util.Locale;

/** What sort of duty an obligation places on national law. */
public enum Kind {
  OFFENCE, POWER, SAFEGUARD, JURISDICTION, COOPERATION, GENERAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
