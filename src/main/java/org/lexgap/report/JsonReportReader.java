package org.lexgap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.analysis.DocumentSummary;
import org.lexgap.analysis.ElementMatch;
import org.lexgap.analysis.Evidence;
import org.lexgap.analysis.Finding;
import org.lexgap.analysis.GapReport;
import org.lexgap.analysis.Status;
import org.lexgap.analysis.Summary;
import org.lexgap.read.ExtractionIssue;

/**
 * Reads a report written by {@link JsonRenderer} (for {@code lexgap diff} and baselines). Accepts any
 * {@code formatVersion} with the same major number as {@link GapReport#FORMAT_VERSION}; unknown keys are
 * ignored so that minor versions can add some. A file that is not such a report gives an
 * {@link IOException} whose one-line message names the file and the JSON path of the problem.
 */
public final class JsonReportReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonReportReader() {}

  public static JsonReport read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /** @param name how to name the input in error messages, usually its path */
  public static JsonReport read(Reader in, String name) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IOException(name + ": not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    }
    Ctx c = new Ctx(name);
    if (root == null || !root.isObject()) {
      throw c.fail("$", "expected a lexgap JSON report (an object)");
    }
    String version = c.text(root, "$", "formatVersion", true);
    if (!major(version).equals(major(GapReport.FORMAT_VERSION))) {
      throw c.fail("$.formatVersion", "unsupported format version " + version + " (this lexgap reads "
          + major(GapReport.FORMAT_VERSION) + ".x)");
    }
    JsonNode cl = c.object(root, "$", "checklist");
    JsonReport.ChecklistInfo checklist = new JsonReport.ChecklistInfo(c.text(cl, "$.checklist", "id", true),
        c.text(cl, "$.checklist", "title", false), c.text(cl, "$.checklist", "version", false),
        c.text(cl, "$.checklist", "textVersion", false));
    List<DocumentSummary> documents = new ArrayList<>();
    JsonNode docs = c.array(root, "$", "documents");
    for (int i = 0; i < docs.size(); i++) {
      documents.add(document(c, docs.get(i), "$.documents[" + i + "]"));
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode fs = c.array(root, "$", "findings");
    for (int i = 0; i < fs.size(); i++) {
      findings.add(finding(c, fs.get(i), "$.findings[" + i + "]"));
    }
    Summary summary = summary(c, c.object(root, "$", "summary"), "$.summary");
    return new JsonReport(version, checklist, documents, findings, summary);
  }

  private static DocumentSummary document(Ctx c, JsonNode d, String at) throws IOException {
    c.requireObject(d, at);
    List<ExtractionIssue> issues = new ArrayList<>();
    JsonNode is = c.array(d, at, "extractionIssues");
    for (int i = 0; i < is.size(); i++) {
      String iat = at + ".extractionIssues[" + i + "]";
      c.requireObject(is.get(i), iat);
      issues.add(new ExtractionIssue(c.integer(is.get(i), iat, "page"), c.text(is.get(i), iat, "message", false)));
    }
    return new DocumentSummary(c.text(d, at, "path", true), c.text(d, at, "format", false),
        c.count(d, at, "pages"), c.count(d, at, "provisions"), c.count(d, at, "definitions"), issues);
  }

  private static Finding finding(Ctx c, JsonNode f, String at) throws IOException {
    c.requireObject(f, at);
    String statusId = c.text(f, at, "status", true);
    Status status;
    try {
      status = Status.fromId(statusId);
    } catch (IllegalArgumentException e) {
      throw c.fail(at + ".status", "unknown status \"" + statusId + "\" (expected met, partial, missing or "
          + "not-assessable)");
    }
    JsonNode conf = f.get("confidence");
    if (conf == null || !conf.isNumber()) {
      throw c.fail(at + ".confidence", "expected a number");
    }
    Finding.Waiver waiver = null;
    JsonNode w = f.get("waiver");
    if (w != null && !w.isNull()) {
      String wat = at + ".waiver";
      c.requireObject(w, wat);
      waiver = new Finding.Waiver(c.text(w, wat, "obligation", false), c.text(w, wat, "reason", false),
          c.text(w, wat, "implementedIn", false), c.text(w, wat, "expires", false));
    }
    List<Evidence> evidence = new ArrayList<>();
    JsonNode ev = c.array(f, at, "evidence");
    for (int i = 0; i < ev.size(); i++) {
      evidence.add(evidence(c, ev.get(i), at + ".evidence[" + i + "]"));
    }
    String obligation = c.text(f, at, "obligation", true);
    if (waiver == null && f.path("waived").asBoolean(false)) {
      waiver = new Finding.Waiver(obligation, null, null, null);
    }
    return new Finding(obligation, c.text(f, at, "article", false), c.text(f, at, "paragraph", false),
        c.text(f, at, "title", false), c.text(f, at, "chapter", false), c.text(f, at, "kind", false),
        c.text(f, at, "strength", false), status, conf.asDouble(), c.strings(f, at, "missingElements"),
        c.strings(f, at, "satisfiedElements"), c.strings(f, at, "optionsUsed"), c.strings(f, at, "provisions"),
        evidence, c.text(f, at, "note", false), c.text(f, at, "recommendation", false),
        c.text(f, at, "budapest", false), waiver);
  }

  private static Evidence evidence(Ctx c, JsonNode e, String at) throws IOException {
    c.requireObject(e, at);
    List<ElementMatch> matches = new ArrayList<>();
    JsonNode ms = c.array(e, at, "matches");
    for (int i = 0; i < ms.size(); i++) {
      String mat = at + ".matches[" + i + "]";
      c.requireObject(ms.get(i), mat);
      matches.add(new ElementMatch(c.text(ms.get(i), mat, "element", false),
          c.text(ms.get(i), mat, "concept", false), c.strings(ms.get(i), mat, "words")));
    }
    return new Evidence(c.text(e, at, "document", false), c.text(e, at, "provision", false),
        c.text(e, at, "section", false), c.integer(e, at, "page"), c.integer(e, at, "line"),
        c.text(e, at, "quote", false), matches);
  }

  private static Summary summary(Ctx c, JsonNode s, String at) throws IOException {
    Map<String, Summary.Counts> byChapter = new LinkedHashMap<>();
    JsonNode ch = c.object(s, at, "byChapter");
    for (Map.Entry<String, JsonNode> e : ch.properties()) {
      String cat = at + ".byChapter." + e.getKey();
      c.requireObject(e.getValue(), cat);
      JsonNode n = e.getValue();
      byChapter.put(e.getKey(), new Summary.Counts(c.count(n, cat, "obligations"), c.count(n, cat, "met"),
          c.count(n, cat, "partial"), c.count(n, cat, "missing"), c.count(n, cat, "notAssessable")));
    }
    JsonNode cov = s.get("coverage");
    if (cov == null || !cov.isNumber()) {
      throw c.fail(at + ".coverage", "expected a number");
    }
    return new Summary(c.count(s, at, "obligations"), c.count(s, at, "met"), c.count(s, at, "partial"),
        c.count(s, at, "missing"), c.count(s, at, "notAssessable"), c.count(s, at, "waived"), cov.asDouble(),
        byChapter);
  }

  private static String major(String version) {
    int dot = version.indexOf('.');
    return dot < 0 ? version : version.substring(0, dot);
  }

  /** Typed access with one-line errors: "name: $.findings[2].status: expected a string". */
  private record Ctx(String name) {

    IOException fail(String at, String message) {
      return new IOException(name + ": " + at + ": " + message);
    }

    void requireObject(JsonNode n, String at) throws IOException {
      if (n == null || !n.isObject()) {
        throw fail(at, "expected an object");
      }
    }

    JsonNode object(JsonNode parent, String at, String key) throws IOException {
      JsonNode n = parent.get(key);
      requireObject(n, at + "." + key);
      return n;
    }

    JsonNode array(JsonNode parent, String at, String key) throws IOException {
      JsonNode n = parent.get(key);
      if (n == null || !n.isArray()) {
        throw fail(at + "." + key, "expected an array");
      }
      return n;
    }

    String text(JsonNode parent, String at, String key, boolean required) throws IOException {
      JsonNode n = parent.get(key);
      if (n == null || n.isNull()) {
        if (required) {
          throw fail(at + "." + key, "missing");
        }
        return null;
      }
      if (!n.isTextual()) {
        throw fail(at + "." + key, "expected a string");
      }
      return n.textValue();
    }

    Integer integer(JsonNode parent, String at, String key) throws IOException {
      JsonNode n = parent.get(key);
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        throw fail(at + "." + key, "expected an integer");
      }
      return n.intValue();
    }

    int count(JsonNode parent, String at, String key) throws IOException {
      Integer v = integer(parent, at, key);
      if (v == null || v < 0) {
        throw fail(at + "." + key, v == null ? "missing" : "expected a count >= 0");
      }
      return v;
    }

    List<String> strings(JsonNode parent, String at, String key) throws IOException {
      JsonNode n = parent.get(key);
      if (n == null || n.isNull()) {
        return List.of();
      }
      if (!n.isArray()) {
        throw fail(at + "." + key, "expected an array of strings");
      }
      List<String> out = new ArrayList<>(n.size());
      for (int i = 0; i < n.size(); i++) {
        if (!n.get(i).isTextual()) {
          throw fail(at + "." + key + "[" + i + "]", "expected a string");
        }
        out.add(n.get(i).textValue());
      }
      return out;
    }
  }
}
