package org.lexgap.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.GapReport;

/**
 * Two reports compared obligation by obligation.
 *
 * @param before the old report
 * @param after the new report
 * @param obligations every obligation of either report: the new report's order, then those only in the old
 *     one in its order
 */
public record DiffResult(GapReport before, GapReport after, List<ObligationDiff> obligations) {

  public DiffResult {
    obligations = List.copyOf(obligations);
  }

  /** The obligations with one kind of change, in report order. */
  public List<ObligationDiff> with(Change c) {
    return obligations.stream().filter(d -> d.change() == c).toList();
  }

  /** How many obligations have each kind of change; every kind is present, possibly with 0. */
  public Map<Change, Integer> counts() {
    Map<Change, Integer> m = new EnumMap<>(Change.class);
    for (Change c : Change.values()) {
      m.put(c, 0);
    }
    obligations.forEach(d -> m.merge(d.change(), 1, Integer::sum));
    return m;
  }

  /** Whether any obligation got worse: what makes {@code lexgap diff} exit 1. */
  public boolean hasRegression() {
    return obligations.stream().anyMatch(d -> d.change() == Change.REGRESSED);
  }
}
