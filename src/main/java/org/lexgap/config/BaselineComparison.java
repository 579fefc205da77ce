package org.lexgap.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report compared with a baseline.
 *
 * @param states the state of every finding of the report, by obligation id, in report order
 * @param vanished baseline gaps whose obligation is not in the report at all (the checklist changed): absent
 *     too, but with no finding to attach to
 * @param warnings notes for the user, such as a baseline written for another checklist
 */
public record BaselineComparison(
    Map<String, BaselineState> states, List<Baseline.Gap> vanished, List<String> warnings) {

  public BaselineComparison {
    states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    vanished = List.copyOf(vanished);
    warnings = List.copyOf(warnings);
  }

  /** The state of one obligation's finding; NONE for an obligation the report does not have. */
  public BaselineState state(String obligation) {
    return states.getOrDefault(obligation, BaselineState.NONE);
  }

  /** Obligations in a state, in report order. */
  public List<String> obligations(BaselineState s) {
    List<String> out = new ArrayList<>();
    states.forEach((k, v) -> {
      if (v == s) {
        out.add(k);
      }
    });
    return out;
  }

  /** Whether any gap is new: what a baseline-gated CI run fails on. */
  public boolean hasNew() {
    return states.containsValue(BaselineState.NEW);
  }
}
