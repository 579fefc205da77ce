package org.lexgap.diff;

import org.lexgap.analysis.Finding;

/**
 * One obligation in both reports.
 *
 * @param before its finding in the old report, or null when only the new one has it
 * @param after its finding in the new report, or null when only the old one has it
 */
public record ObligationDiff(String obligation, String title, Change change, Finding before, Finding after) {}
