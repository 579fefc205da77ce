/**
 * Output formats. Input: one immutable {@link org.lexgap.analysis.GapReport}; output: characters on a
 * {@link java.io.Writer}. Every format is a {@link org.lexgap.report.Renderer} registered by name in
 * {@link org.lexgap.report.Renderers}; {@link org.lexgap.report.AtomicOutput} writes a rendering to a file
 * so that a failure never leaves a half-written report behind.
 *
 * <p>Invariants: output is a pure function of the report and the {@link org.lexgap.report.RenderOptions}
 * (no clock, no locale, no platform line separator); statute and checklist text is untrusted and is escaped
 * for the target format (HTML, Markdown, CSV formula injection, terminal control characters).
 */
package org.lexgap.report;
