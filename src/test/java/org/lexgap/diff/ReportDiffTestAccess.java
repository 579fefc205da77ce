package org.lexgap.diff;

import org.lexgap.analysis.GapReport;

/** Lets tests in other packages use the diff sample reports. */
public final class ReportDiffTestAccess {
  private ReportDiffTestAccess() {}

  public static GapReport before() {
    return ReportDiffTest.before();
  }

  public static GapReport after() {
    return ReportDiffTest.after();
  }
}
