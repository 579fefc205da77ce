package org.lexgap.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.config.Tree.Errors;
import org.lexgap.config.Tree.Field;
import org.lexgap.config.Tree.ListNode;
import org.lexgap.config.Tree.MapNode;
import org.lexgap.config.Tree.Node;
import org.lexgap.config.Tree.ScalarNode;
import org.lexgap.yaml.Suggest;

/**
 * The gaps a bill is known to have, recorded so that CI fails only on new ones (ESLint's bulk suppressions,
 * Semgrep's baseline commit). A baseline is a small JSON file meant to be committed next to the bill:
 *
 * <pre>{@code
 * {
 *   "formatVersion": "1",
 *   "checklist": { "id": "un-cybercrime-convention", "version": "1.0" },
 *   "gaps": [ { "obligation": "UNCC-7", "status": "partial", "fingerprint": "3f2a..." } ]
 * }
 * }</pre>
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param gaps sorted by obligation id
 */
public record Baseline(String formatVersion, String checklistId, String checklistVersion, List<Gap> gaps) {

  public static final String FORMAT_VERSION = "1";
  /** A baseline lists at most one entry per obligation; this is far above any checklist. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  /**
   * One recorded gap.
   *
   * @param fingerprint {@link #fingerprint(String, Status)}: what SARIF consumers use to track the alert
   */
  public record Gap(String obligation, Status status, String fingerprint) {}

  public Baseline {
    gaps = gaps.stream().sorted(Comparator.comparing(Gap::obligation)).toList();
  }

  /**
   * A finding's stable identity across edits of the bill: the first 16 hex digits of SHA-256 over the
   * obligation id and status. Section numbers and quotes are left out on purpose, so renumbering or rewording
   * unrelated parts of a bill does not turn an old gap into a new one.
   */
  public static String fingerprint(String obligation, Status status) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest((obligation + "\u0000" + status.id()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The gaps of a report (waived ones included: a waiver is a decision about a gap, not its absence). */
  public static Baseline of(GapReport report) {
    List<Gap> gaps = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.status().isGap()) {
        gaps.add(new Gap(f.obligation(), f.status(), fingerprint(f.obligation(), f.status())));
      }
    }
    return new Baseline(FORMAT_VERSION, report.checklist().id(), report.checklist().version(), gaps);
  }

  /** Writes the report's baseline to {@code file}, all or nothing. */
  public static void write(GapReport report, Path file) throws IOException {
    String json = of(report).toJson();
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    boolean done = false;
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8));
        w.write(json);
        w.flush();
        ch.force(true);
      }
      try {
        Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** The file's content: pretty-printed JSON with '\n' line ends and a final newline. */
  public String toJson() {
    StringWriter sw = new StringWriter();
    DefaultIndenter nl = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("")
        .withObjectEmptySeparator("")).withObjectIndenter(nl).withArrayIndenter(nl);
    try (JsonGenerator g = new JsonFactory().createGenerator(sw)) {
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeStringField("formatVersion", formatVersion);
      g.writeObjectFieldStart("checklist");
      g.writeStringField("id", checklistId);
      g.writeStringField("version", checklistVersion);
      g.writeEndObject();
      g.writeArrayFieldStart("gaps");
      for (Gap gap : gaps) {
        g.writeStartObject();
        g.writeStringField("obligation", gap.obligation());
        g.writeStringField("status", gap.status().id());
        g.writeStringField("fingerprint", gap.fingerprint());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string cannot fail", e);
    }
    return sw + "\n";
  }

  /** Reads a baseline file; every problem is reported as {@code file:line:column: message}. */
  public static Baseline read(Path file) throws ConfigException {
    Errors errs = new Errors(file.toString());
    Node root = Tree.read(file, false, MAX_BYTES, errs);
    if (!(root instanceof MapNode map)) {
      errs.add(root, "expected a baseline object, found " + root.describe());
      errs.throwIfAny();
      throw new IllegalStateException();
    }
    String version = null;
    String checklistId = null;
    String checklistVersion = null;
    List<Gap> gaps = new ArrayList<>();
    for (Field f : map.fields().values()) {
      switch (f.key()) {
        case "formatVersion" -> {
          version = string(f.value(), errs);
          if (version != null && !version.equals(FORMAT_VERSION)) {
            errs.add(f.value(), "baseline format " + version + " is not supported (this lexgap reads format "
                + FORMAT_VERSION + "); write it again with --write-baseline");
          }
        }
        case "checklist" -> {
          if (f.value() instanceof MapNode c) {
            for (Field cf : c.fields().values()) {
              switch (cf.key()) {
                case "id" -> checklistId = string(cf.value(), errs);
                case "version" -> checklistVersion = string(cf.value(), errs);
                default -> unknown(cf, List.of("id", "version"), c, errs);
              }
            }
            if (!c.fields().containsKey("id")) {
              errs.add(c, "missing 'id'");
            }
          } else {
            errs.add(f.value(), "expected {\"id\": ..., \"version\": ...}, found " + f.value().describe());
          }
        }
        case "gaps" -> gaps(f.value(), errs, gaps);
        default -> unknown(f, List.of("formatVersion", "checklist", "gaps"), map, errs);
      }
    }
    for (String k : List.of("formatVersion", "checklist", "gaps")) {
      if (!map.fields().containsKey(k)) {
        errs.add(map, "missing '" + k + "'");
      }
    }
    errs.throwIfAny();
    return new Baseline(version, checklistId, checklistVersion, gaps);
  }

  private static void gaps(Node v, Errors errs, List<Gap> out) {
    if (!(v instanceof ListNode list)) {
      errs.add(v, "expected a list of gaps, found " + v.describe());
      return;
    }
    Map<String, Node> seen = new HashMap<>();
    for (Node item : list.items()) {
      if (!(item instanceof MapNode m)) {
        errs.add(item, "expected a gap {\"obligation\": ..., \"status\": ...}, found " + item.describe());
        continue;
      }
      String obligation = null;
      Status status = null;
      String fp = null;
      for (Field f : m.fields().values()) {
        switch (f.key()) {
          case "obligation" -> obligation = string(f.value(), errs);
          case "status" -> {
            String s = string(f.value(), errs);
            if ("partial".equals(s) || "missing".equals(s)) {
              status = Status.fromId(s);
            } else if (s != null) {
              errs.add(f.value(), "status '" + s + "' is not a gap (partial or missing)");
            }
          }
          case "fingerprint" -> fp = string(f.value(), errs);
          default -> unknown(f, List.of("obligation", "status", "fingerprint"), m, errs);
        }
      }
      for (String k : List.of("obligation", "status")) {
        if (!m.fields().containsKey(k)) {
          errs.add(m, "missing '" + k + "'");
        }
      }
      if (obligation == null || status == null) {
        continue;
      }
      Node prev = seen.putIfAbsent(obligation, m);
      if (prev != null) {
        errs.add(m, "a second entry for " + obligation + " (the first is at line " + prev.line() + ")");
        continue;
      }
      out.add(new Gap(obligation, status, fp != null ? fp : fingerprint(obligation, status)));
    }
  }

  private static void unknown(Field f, List<String> known, MapNode in, Errors errs) {
    errs.add(f.line(), f.column(), "unknown key '" + f.key() + "'" + Suggest.hint(f.key(), known), in.path());
  }

  private static String string(Node n, Errors errs) {
    if (n instanceof ScalarNode s && s.string() && !s.text().isBlank()) {
      return s.text();
    }
    errs.add(n, "expected a non-empty string, found " + n.describe());
    return null;
  }

  /**
   * Each finding of {@code report} against this baseline: a gap is unchanged when the baseline has the same
   * obligation with the same or a worse status (missing then, partial now), new otherwise (not there, or
   * partial then, missing now); a finding that is no longer a gap but is in the baseline is absent.
   */
  public static BaselineComparison compare(Baseline baseline, GapReport report) {
    Map<String, Gap> before = new HashMap<>();
    for (Gap g : baseline.gaps()) {
      before.put(g.obligation(), g);
    }
    Map<String, BaselineState> states = new java.util.LinkedHashMap<>();
    for (Finding f : report.findings()) {
      Gap g = before.remove(f.obligation());
      BaselineState s;
      if (f.status().isGap()) {
        // Status order is best to worst, so "same or better now" is now <= then.
        s = g != null && f.status().compareTo(g.status()) <= 0 ? BaselineState.UNCHANGED : BaselineState.NEW;
      } else {
        s = g != null ? BaselineState.ABSENT : BaselineState.NONE;
      }
      states.put(f.obligation(), s);
    }
    List<Gap> vanished = new ArrayList<>(before.values());
    vanished.sort(Comparator.comparing(Gap::obligation));
    List<String> warnings = new ArrayList<>();
    String id = report.checklist().id();
    String version = report.checklist().version();
    if (!id.equals(baseline.checklistId())) {
      warnings.add("the baseline was written for checklist " + baseline.checklistId() + ", this report uses "
          + id + "; obligations are compared by id");
    } else if (baseline.checklistVersion() != null && !baseline.checklistVersion().equals(version)) {
      warnings.add("the baseline was written for " + id + " version " + baseline.checklistVersion()
          + ", this report uses version " + version + "; obligations are compared by id");
    }
    return new BaselineComparison(states, vanished, warnings);
  }
}
