package org.lexgap.checklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated checklist: a treaty's obligations and the shared concept vocabulary they refer to.
 *
 * @param id stable id, e.g. "un-cybercrime-convention"
 * @param version the checklist's own version (changes when obligations or concepts change)
 * @param textVersion the treaty text it encodes, e.g. "A/RES/79/243, annex"
 * @param source where it was loaded from ("embedded:un-cybercrime-convention" or a file path)
 * @param concepts by id, in file order
 */
public record Checklist(
    String id,
    String title,
    String treaty,
    String version,
    String textVersion,
    String language,
    String source,
    Map<String, Concept> concepts,
    List<Obligation> obligations) {

  public Checklist {
    concepts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(concepts));
    obligations = List.copyOf(obligations);
  }

  public Optional<Obligation> obligation(String obligationId) {
    return obligations.stream().filter(o -> o.id().equals(obligationId)).findFirst();
  }
}
