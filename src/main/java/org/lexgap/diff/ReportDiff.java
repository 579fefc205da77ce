package org.lexgap.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;

/** Compares two gap reports, typically of two drafts of a bill checked against the same checklist. */
public final class ReportDiff {

  private ReportDiff() {}

  /**
   * Classifies every obligation. Status is ranked met better than partial better than missing; a change to
   * or from not-assessable is {@link Change#NOT_COMPARED}. With the same status, the evidence changed when
   * the cited provisions or the missing elements differ (as sets: citing the same sections in another order
   * is no change).
   */
  public static DiffResult compare(GapReport before, GapReport after) {
    Map<String, Finding> old = new LinkedHashMap<>();
    for (Finding f : before.findings()) {
      old.put(f.obligation(), f);
    }
    List<ObligationDiff> out = new ArrayList<>();
    for (Finding n : after.findings()) {
      Finding o = old.remove(n.obligation());
      Change c = o == null ? Change.ADDED : classify(o, n);
      out.add(new ObligationDiff(n.obligation(), n.title(), c, o, n));
    }
    for (Finding o : old.values()) {
      out.add(new ObligationDiff(o.obligation(), o.title(), Change.REMOVED, o, null));
    }
    return new DiffResult(before, after, out);
  }

  static Change classify(Finding o, Finding n) {
    Status a = o.status();
    Status b = n.status();
    if (a == Status.NOT_ASSESSABLE || b == Status.NOT_ASSESSABLE) {
      return a == b ? Change.UNCHANGED : Change.NOT_COMPARED;
    }
    int r = Integer.compare(rank(b), rank(a));
    if (r > 0) {
      return Change.IMPROVED;
    }
    if (r < 0) {
      return Change.REGRESSED;
    }
    boolean same = set(o.provisions()).equals(set(n.provisions()))
        && set(o.missingElements()).equals(set(n.missingElements()));
    return same ? Change.UNCHANGED : Change.EVIDENCE_CHANGED;
  }

  private static int rank(Status s) {
    return switch (s) {
      case MET -> 2;
      case PARTIAL -> 1;
      case MISSING -> 0;
      case NOT_ASSESSABLE -> throw new IllegalArgumentException("not ranked");
    };
  }

  private static Set<String> set(List<String> l) {
    return new TreeSet<>(l);
  }
}
