package org.lexgap.eval;

import java.util.ArrayList;
import java.util.List;

/** The thresholds {@code lexgap eval} enforces on the totals; a null threshold is not checked. */
public record Minimums(Double macroF1, Double provisionF1, Double accuracy) {

  /** One threshold against its total. */
  public record Check(String figure, String option, double minimum, double actual) {
    public boolean ok() {
      // tolerate floating-point noise so a printed 0.800 never fails a 0.8 minimum
      return actual + 1e-9 >= minimum;
    }
  }

  public static final Minimums NONE = new Minimums(null, null, null);

  public List<Check> check(Score total) {
    List<Check> out = new ArrayList<>();
    if (macroF1 != null) {
      out.add(new Check("macro-F1", "--min-f1", macroF1, total.macroF1()));
    }
    if (accuracy != null) {
      out.add(new Check("accuracy", "--min-accuracy", accuracy, total.accuracy()));
    }
    if (provisionF1 != null) {
      out.add(new Check("provision-F1", "--min-provision-f1", provisionF1, total.provisions().f1()));
    }
    return out;
  }
}
