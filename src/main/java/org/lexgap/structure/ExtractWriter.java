package org.lexgap.structure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lexgap.read.ExtractionIssue;
import org.lexgap.read.Location;

/** Renders parsed documents for {@code lexgap extract}: an outline for people, JSON for tools. */
public final class ExtractWriter {

  /** Version of the JSON layout described in docs/extract-json.md. */
  public static final String FORMAT_VERSION = "1.0";

  private static final ObjectWriter JSON;

  static {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    ObjectMapper mapper = new ObjectMapper();
    mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
        JsonInclude.Include.NON_NULL));
    JSON = mapper.writer(pp);
  }

  private ExtractWriter() {}

  public static String json(List<StructuredDocument> docs) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("formatVersion", FORMAT_VERSION);
    List<Object> list = new ArrayList<>();
    for (StructuredDocument d : docs) {
      list.add(document(d));
    }
    root.put("documents", list);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  private static Map<String, Object> document(StructuredDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", d.path());
    m.put("format", d.format());
    m.put("pages", d.pages());
    m.put("title", d.title());
    List<Object> provisions = new ArrayList<>();
    for (Provision p : d.provisions()) {
      provisions.add(provision(p));
    }
    m.put("provisions", provisions);
    List<Object> defs = new ArrayList<>();
    for (Definition def : d.definitions()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("terms", def.terms());
      dm.put("term", def.terms().isEmpty() ? null : def.terms().get(0));
      dm.put("text", def.text());
      dm.put("ref", def.ref());
      dm.put("scope", def.scope());
      dm.put("extending", def.extending());
      putLocation(dm, def.location());
      defs.add(dm);
    }
    m.put("definitions", defs);
    List<Object> issues = new ArrayList<>();
    for (ExtractionIssue i : d.issues()) {
      Map<String, Object> im = new LinkedHashMap<>();
      im.put("page", i.page());
      im.put("message", i.message());
      issues.add(im);
    }
    m.put("extractionIssues", issues);
    return m;
  }

  private static Map<String, Object> provision(Provision p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ref", p.ref());
    m.put("num", p.num());
    m.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("heading", p.heading());
    m.put("text", p.text() == null || p.text().isEmpty() ? null : p.text());
    putLocation(m, p.start());
    if (!p.children().isEmpty()) {
      List<Object> kids = new ArrayList<>();
      for (Provision c : p.children()) {
        kids.add(provision(c));
      }
      m.put("children", kids);
    }
    return m;
  }

  private static void putLocation(Map<String, Object> m, Location loc) {
    if (loc == null) {
      return;
    }
    m.put("page", loc.page());
    m.put("line", loc.line());
    m.put("paragraph", loc.paragraph());
    m.put("eId", loc.eId());
  }

  /** The outline: divisions and sections with headings and where they start, then definitions, issues. */
  public static String text(List<StructuredDocument> docs) {
    StringBuilder sb = new StringBuilder();
    for (StructuredDocument d : docs) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(d.path()).append(" (").append(d.format());
      if (d.pages() > 0) {
        sb.append(", ").append(d.pages()).append(d.pages() == 1 ? " page" : " pages");
      }
      sb.append(')');
      if (d.title() != null) {
        sb.append(": ").append(d.title());
      }
      sb.append('\n');
      int sections = d.sections().size();
      sb.append("  ").append(sections).append(sections == 1 ? " section/article, " : " sections/articles, ")
          .append(d.definitions().size()).append(d.definitions().size() == 1 ? " definition" : " definitions")
          .append('\n');
      for (Provision p : d.provisions()) {
        outline(p, 1, sb);
      }
      if (!d.definitions().isEmpty()) {
        sb.append("  Definitions:\n");
        for (Definition def : d.definitions()) {
          sb.append("    ");
          for (int i = 0; i < def.terms().size(); i++) {
            sb.append(i == 0 ? "" : " / ").append('"').append(def.terms().get(i)).append('"');
          }
          sb.append(def.extending() ? " (includes)" : "").append("  ").append(def.ref() == null ? "-" : def.ref());
          if (!"Act".equals(def.scope())) {
            sb.append(", scope ").append(def.scope());
          }
          sb.append(where(def.location())).append('\n');
        }
      }
      if (!d.issues().isEmpty()) {
        sb.append("  Extraction issues:\n");
        for (ExtractionIssue i : d.issues()) {
          sb.append("    ").append(i.page() == null ? "" : "page " + i.page() + ": ").append(i.message())
              .append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static void outline(Provision p, int depth, StringBuilder sb) {
    if (!p.kind().isDivision() && !p.kind().isSectionLevel()) {
      return;
    }
    sb.append("  ".repeat(depth)).append(p.ref());
    if (p.heading() != null) {
      sb.append("  ").append(p.heading());
    }
    sb.append(where(p.start())).append('\n');
    if (p.kind().isDivision()) {
      for (Provision c : p.children()) {
        outline(c, depth + 1, sb);
      }
    }
  }

  private static String where(Location loc) {
    if (loc == null) {
      return "";
    }
    if (loc.page() != null) {
      return "  [p. " + loc.page() + (loc.line() != null ? ", line " + loc.line() : "") + "]";
    }
    if (loc.line() != null) {
      return "  [line " + loc.line() + "]";
    }
    if (loc.paragraph() != null) {
      return "  [para. " + loc.paragraph() + "]";
    }
    if (loc.eId() != null) {
      return "  [" + loc.eId() + "]";
    }
    return "";
  }
}
