package org.lexgap.analysis;

import java.util.List;

/**
 * The verdict on one obligation, with its evidence. Obligation metadata (chapter, kind, recommendation,
 * crosswalk) is copied in so renderers need nothing else.
 *
 * @param confidence 0-1: how sure the analysis is of the status (not of compliance)
 * @param missingElements labels of required elements not found in the best provision
 * @param optionsUsed labels of allowed narrowings the statute uses
 * @param provisions the top-level sections cited, in document order ("5", "12A")
 * @param note a short explanation: why partial, why not assessable, "not found in these documents"
 * @param waiver the waiver that applies, or null
 */
public record Finding(
    String obligation,
    String article,
    String paragraph,
    String title,
    String chapter,
    String kind,
    String strength,
    Status status,
    double confidence,
    List<String> missingElements,
    List<String> satisfiedElements,
    List<String> optionsUsed,
    List<String> provisions,
    List<Evidence> evidence,
    String note,
    String recommendation,
    String budapest,
    Waiver waiver) {

  public Finding {
    missingElements = List.copyOf(missingElements);
    satisfiedElements = List.copyOf(satisfiedElements);
    optionsUsed = List.copyOf(optionsUsed);
    provisions = List.copyOf(provisions);
    evidence = List.copyOf(evidence);
  }

  public boolean waived() {
    return waiver != null;
  }

  public Finding withWaiver(Waiver w) {
    return new Finding(obligation, article, paragraph, title, chapter, kind, strength, status, confidence,
        missingElements, satisfiedElements, optionsUsed, provisions, evidence, note, recommendation, budapest,
        w);
  }

  /** A waiver recorded in project configuration: the gap is known and accepted, with a reason. */
  public record Waiver(String obligation, String reason, String implementedIn, String expires) {}
}
