package org.lexgap.config;

import java.time.LocalDate;

/**
 * One waiver from project configuration: a gap that is known and accepted, with a reason.
 *
 * @param obligation the obligation id it waives ("UNCC-7")
 * @param reason why the gap is accepted; never blank
 * @param implementedIn where the obligation is implemented instead ("Anti-Money Laundering Act 2009, s. 3"), or
 *     null
 * @param expires the last day the waiver applies, or null for no expiry
 * @param origin where it was written, {@code file:line:column}, for messages about it
 */
public record WaiverSpec(String obligation, String reason, String implementedIn, LocalDate expires,
    String origin) {

  public WaiverSpec {
    if (obligation == null || obligation.isBlank()) {
      throw new IllegalArgumentException("a waiver needs an obligation id");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a waiver needs a reason");
    }
  }

  /** Whether the waiver no longer applies on {@code today} (it applies through its expiry date). */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }
}
