package org.lexgap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lexgap.checklist.Checklist;
import org.lexgap.checklist.ChecklistError;
import org.lexgap.checklist.ChecklistException;
import org.lexgap.checklist.ChecklistLoader;
import org.lexgap.checklist.Checklists;
import org.lexgap.checklist.Concept;
import org.lexgap.checklist.Element;
import org.lexgap.checklist.Obligation;
import org.lexgap.checklist.OptionDef;
import org.lexgap.checklist.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgap rules list|show|validate}: look inside a checklist and check checklist files. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List, show and validate checklists (the treaty obligations lexgap checks).",
    subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class, RulesCommand.ValidateRules.class})
public final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: list, show or validate");
  }

  /** Output formats of list and show. */
  public enum Format { text, json, md }

  static final String CHECKLIST_HELP = "Embedded checklist name ("
      + "budapest-convention, un-cybercrime-convention) or a checklist file. Default: "
      + Checklists.DEFAULT + ".";

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the obligations of a checklist: id, article, kind, strength, title.")
  static final class ListRules implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--checklist", paramLabel = "NAME|FILE", defaultValue = ChecklistLoader.DEFAULT,
        description = CHECKLIST_HELP)
    String checklist;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, json or md. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws ChecklistException {
      Checklist c = ChecklistLoader.load(checklist);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case text -> listText(c, out);
        case md -> listMd(c, out);
        case json -> {
          ArrayNode arr = JSON.arrayNode();
          c.obligations().forEach(o -> arr.add(obligationJson(o)));
          out.print(json(arr));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show everything about one obligation: summary, elements and their concepts, options,"
          + " reservations, where it is usually implemented, the recommendation and the Budapest article.")
  static final class ShowRule implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Obligation id, e.g. UNCC-7.")
    String id;

    @Option(names = "--checklist", paramLabel = "NAME|FILE", defaultValue = ChecklistLoader.DEFAULT,
        description = CHECKLIST_HELP)
    String checklist;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, json or md. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws ChecklistException, UsageException {
      Checklist c = ChecklistLoader.load(checklist);
      Obligation o = find(c, id);
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case text -> showText(c, o, out);
        case md -> showMd(c, o, out);
        case json -> {
          ObjectNode n = JSON.objectNode();
          ObjectNode cl = n.putObject("checklist");
          cl.put("id", c.id());
          cl.put("version", c.version());
          cl.put("text-version", c.textVersion());
          n.set("obligation", obligationJson(o));
          ArrayNode concepts = n.putArray("concepts");
          for (String cid : conceptsOf(o)) {
            Concept k = c.concepts().get(cid);
            ObjectNode kn = concepts.addObject();
            kn.put("id", k.id());
            kn.put("label", k.label());
            strings(kn.putArray("terms"), k.terms());
            strings(kn.putArray("patterns"), k.patterns());
          }
          out.print(json(n));
        }
      }
      out.flush();
      return ExitCodes.OK;
    }

    private static Obligation find(Checklist c, String id) throws UsageException {
      var exact = c.obligation(id);
      if (exact.isPresent()) {
        return exact.get();
      }
      List<Obligation> loose = c.obligations().stream().filter(o -> o.id().equalsIgnoreCase(id)).toList();
      if (loose.size() == 1) {
        return loose.get(0);
      }
      throw new UsageException("unknown obligation '" + id + "' in checklist " + c.id());
    }
  }

  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check checklist files and report every error and warning as FILE:LINE:COLUMN: message."
          + " Exit code 2 when any file is invalid.")
  static final class ValidateRules implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
        description = "Checklist files (or embedded checklist names).")
    List<String> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int code = ExitCodes.OK;
      for (String f : files) {
        Validation v = ChecklistLoader.validate(f);
        v.errors().forEach(out::println);
        for (ChecklistError w : v.warnings()) {
          out.println(new ChecklistError(w.file(), w.line(), w.column(), "warning: " + w.message(), w.path()));
        }
        String warnings = v.warnings().isEmpty() ? "" : ", " + count(v.warnings().size(), "warning");
        if (v.valid()) {
          Checklist c = v.checklist().orElseThrow();
          out.println(v.source() + ": ok (" + count(c.obligations().size(), "obligation") + ", "
              + count(c.concepts().size(), "concept") + warnings + ")");
        } else {
          out.println(v.source() + ": invalid (" + count(v.errors().size(), "error") + warnings + ")");
          code = ExitCodes.USAGE;
        }
      }
      out.flush();
      return code;
    }
  }

  // --- text -----------------------------------------------------------------------------------------------

  static void listText(Checklist c, PrintWriter out) {
    out.println(c.title());
    out.println(c.id() + " " + c.version() + " · " + c.treaty() + " (" + c.textVersion() + ") · "
        + count(c.obligations().size(), "obligation"));
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "ARTICLE", "KIND", "STRENGTH", "TITLE"});
    for (Obligation o : c.obligations()) {
      rows.add(new String[] {o.id(), article(o), o.kind().id(), o.strength().id(), oneLine(o.title())});
    }
    int[] width = new int[5];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        line.append(i < r.length - 1 ? pad(r[i], width[i] + 2) : r[i]);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  static void showText(Checklist c, Obligation o, PrintWriter out) {
    out.println(o.id() + "  " + oneLine(o.title()));
    field(out, "Checklist", c.id() + " " + c.version() + " (" + c.textVersion() + ")");
    field(out, "Article", article(o) + ", Chapter " + o.chapter());
    field(out, "Kind", o.kind().id());
    field(out, "Strength", o.strength().id());
    field(out, "Penalty", o.penaltyRequired() ? "required" : "not required");
    field(out, "Implemented in", String.join(", ", o.implementedIn()));
    field(out, "Budapest", o.budapest());
    field(out, "Assessable", o.assessable() ? "yes" : "no: " + oneLine(o.assessableNote()));
    field(out, "Anchors", String.join(", ", o.anchors()));
    out.println();
    out.println("Summary");
    out.println("  " + oneLine(o.summary()));
    out.println();
    out.println("Elements");
    for (Element e : o.elements()) {
      out.println("  [" + (e.required() ? "required" : "optional") + "] " + e.id() + ": " + oneLine(e.label()));
      conceptsText(c, e.concepts(), out);
    }
    if (!o.options().isEmpty()) {
      out.println();
      out.println("Options (narrowings a State may add)");
      for (OptionDef op : o.options()) {
        out.println("  " + op.id() + ": " + oneLine(op.label()));
        conceptsText(c, op.concepts(), out);
      }
    }
    if (!o.reservations().isEmpty()) {
      out.println();
      out.println("Reservations");
      o.reservations().forEach(r -> out.println("  - " + oneLine(r)));
    }
    out.println();
    out.println("Recommendation");
    out.println("  " + oneLine(o.recommendation()));
  }

  private static void conceptsText(Checklist c, List<String> ids, PrintWriter out) {
    for (String id : ids) {
      Concept k = c.concepts().get(id);
      out.println("      " + k.id() + " (" + oneLine(k.label()) + ")"
          + (k.terms().isEmpty() ? "" : ": " + oneLine(String.join(", ", k.terms()))));
      for (String p : k.patterns()) {
        out.println("        pattern: " + oneLine(p));
      }
    }
  }

  private static void field(PrintWriter out, String name, String value) {
    out.println(pad(name + ":", 16) + value);
  }

  // --- markdown -------------------------------------------------------------------------------------------

  static void listMd(Checklist c, PrintWriter out) {
    out.println("# " + md(c.title()));
    out.println();
    out.println("Checklist " + code(c.id()) + " version " + md(c.version()) + ", encoding *" + md(c.treaty())
        + "* (" + md(c.textVersion()) + "). " + count(c.obligations().size(), "obligation") + ".");
    out.println();
    out.println("| ID | Article | Kind | Strength | Title |");
    out.println("|---|---|---|---|---|");
    for (Obligation o : c.obligations()) {
      out.println("| " + md(o.id()) + " | " + md(article(o)) + " | " + o.kind().id() + " | " + o.strength().id()
          + " | " + md(o.title()) + " |");
    }
  }

  static void showMd(Checklist c, Obligation o, PrintWriter out) {
    out.println("## " + md(o.id()) + " — " + md(o.title()));
    out.println();
    out.println("| | |");
    out.println("|---|---|");
    out.println("| Checklist | " + code(c.id()) + " " + md(c.version()) + " (" + md(c.textVersion()) + ") |");
    out.println("| Article | " + md(article(o)) + ", Chapter " + md(o.chapter()) + " |");
    out.println("| Kind | " + o.kind().id() + " |");
    out.println("| Strength | " + o.strength().id() + " |");
    out.println("| Penalty | " + (o.penaltyRequired() ? "required" : "not required") + " |");
    out.println("| Implemented in | " + md(String.join(", ", o.implementedIn())) + " |");
    out.println("| Budapest | " + md(o.budapest()) + " |");
    out.println("| Assessable | " + (o.assessable() ? "yes" : "no: " + md(o.assessableNote())) + " |");
    out.println("| Anchors | " + String.join(", ", o.anchors().stream().map(RulesCommand::code).toList()) + " |");
    out.println();
    out.println("**Summary.** " + md(o.summary()));
    out.println();
    out.println("### Elements");
    out.println();
    for (Element e : o.elements()) {
      out.println("- **" + md(e.id()) + "** (" + (e.required() ? "required" : "optional") + "): " + md(e.label()));
      conceptsMd(c, e.concepts(), out);
    }
    if (!o.options().isEmpty()) {
      out.println();
      out.println("### Options (narrowings a State may add)");
      out.println();
      for (OptionDef op : o.options()) {
        out.println("- **" + md(op.id()) + "**: " + md(op.label()));
        conceptsMd(c, op.concepts(), out);
      }
    }
    if (!o.reservations().isEmpty()) {
      out.println();
      out.println("### Reservations");
      out.println();
      o.reservations().forEach(r -> out.println("- " + md(r)));
    }
    out.println();
    out.println("### Recommendation");
    out.println();
    out.println(md(o.recommendation()));
  }

  private static void conceptsMd(Checklist c, List<String> ids, PrintWriter out) {
    for (String id : ids) {
      Concept k = c.concepts().get(id);
      List<String> parts = new ArrayList<>();
      if (!k.terms().isEmpty()) {
        parts.add(md(String.join(", ", k.terms())));
      }
      if (!k.patterns().isEmpty()) {
        parts.add("patterns: " + String.join(", ", k.patterns().stream().map(RulesCommand::code).toList()));
      }
      out.println("  - " + code(k.id()) + " " + md(k.label()) + (parts.isEmpty() ? "" : ": " + String.join("; ", parts)));
    }
  }

  /** Backslash-escapes Markdown punctuation so checklist text can never become markup or raw HTML. */
  static String md(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : oneLine(s).toCharArray()) {
      if ("\\`*_[]<>|#!~&".indexOf(ch) >= 0) {
        b.append('\\');
      }
      b.append(ch);
    }
    return b.toString();
  }

  /** A code span that survives backticks in its content. Not for table cells: a '|' would split the cell. */
  static String code(String s) {
    String t = oneLine(s);
    int run = 0;
    int longest = 0;
    for (char ch : t.toCharArray()) {
      run = ch == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean padIt = t.startsWith("`") || t.endsWith("`");
    return fence + (padIt ? " " + t + " " : t) + fence;
  }

  // --- json -----------------------------------------------------------------------------------------------

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static ObjectNode obligationJson(Obligation o) {
    ObjectNode n = JSON.objectNode();
    n.put("id", o.id());
    try {
      n.put("article", Long.parseLong(o.article()));
    } catch (NumberFormatException e) {
      n.put("article", o.article());
    }
    n.put("paragraph", o.paragraph());
    n.put("title", o.title());
    n.put("chapter", o.chapter());
    n.put("kind", o.kind().id());
    n.put("strength", o.strength().id());
    n.put("summary", o.summary());
    strings(n.putArray("anchors"), o.anchors());
    n.put("penalty-required", o.penaltyRequired());
    ArrayNode els = n.putArray("elements");
    for (Element e : o.elements()) {
      ObjectNode en = els.addObject();
      en.put("id", e.id());
      en.put("label", e.label());
      en.put("required", e.required());
      strings(en.putArray("concepts"), e.concepts());
    }
    ArrayNode ops = n.putArray("options");
    for (OptionDef op : o.options()) {
      ObjectNode on = ops.addObject();
      on.put("id", op.id());
      on.put("label", op.label());
      strings(on.putArray("concepts"), op.concepts());
    }
    strings(n.putArray("reservations"), o.reservations());
    strings(n.putArray("implemented-in"), o.implementedIn());
    n.put("recommendation", o.recommendation());
    n.put("budapest", o.budapest());
    n.put("assessable", o.assessable());
    n.put("assessable-note", o.assessableNote());
    return n;
  }

  private static void strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
  }

  /** Pretty JSON with "\n" line ends whatever the platform, and a final newline. */
  static String json(com.fasterxml.jackson.databind.JsonNode node) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter)
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""));
    try {
      return MAPPER.writer(pp).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot happen: serializing a tree", e);
    }
  }

  // --- shared ---------------------------------------------------------------------------------------------

  /** Concepts an obligation refers to, in order of first mention: anchors, elements, options. */
  static Set<String> conceptsOf(Obligation o) {
    Set<String> ids = new LinkedHashSet<>(o.anchors());
    o.elements().forEach(e -> ids.addAll(e.concepts()));
    o.options().forEach(op -> ids.addAll(op.concepts()));
    return ids;
  }

  static String article(Obligation o) {
    return org.lexgap.checklist.Citations.article(o.article(), o.paragraph());
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
