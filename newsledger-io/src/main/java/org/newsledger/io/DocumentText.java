package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.TimeExpression;

/** Renders a document as a plain-text report for a terminal. */
public final class DocumentText {

  private static final int MAX_QUOTE_CHARS = 300;
  private static final String INDENT = "  ";

  private DocumentText() {}

  /** The report: headline, dates, entities, who said what, epistemic acts, times, ... claims. */
  public static String render(Document doc) {
    requireNonNull(doc, "doc is null");
    StringBuilder out = new StringBuilder();
    header(out, doc.meta());
    entities(out, doc.getOrEmpty(Layers.ENTITIES));
    attributions(out, doc.getOrEmpty(Layers.ATTRIBUTIONS));
    epistemic(out, doc.getOrEmpty(Layers.EPISTEMIC));
    times(out, doc.getOrEmpty(Layers.TIMES));
    quantities(out, doc.getOrEmpty(Layers.QUANTITIES));
    if (doc.has(Layers.EVENTS)) {
      EventText.render(out, doc.get(Layers.EVENTS));
    }
    if (doc.has(Layers.CLAIMS)) {
      ClaimText.render(out, doc.get(Layers.CLAIMS));
    }
    diagnostics(out, doc.diagnostics());
    return TerminalText.escape(out.toString());
  }

  private static void header(StringBuilder out, ArticleMeta meta) {
    out.append(meta.title() == null ? "(no headline)" : oneLine(meta.title())).append('\n');
    line(out, "Id", meta.id());
    line(out, "Published", meta.published());
    line(out, "Dateline", meta.dateline());
    line(out, "URL", meta.url());
  }

  private static void line(StringBuilder out, String name, String value) {
    if (value != null) {
      out.append(name).append(": ").append(oneLine(value)).append('\n');
    }
  }

  private static void entities(StringBuilder out, List<Entity> entities) {
    section(out, "Entities", entities.size());
    for (Entity entity : entities) {
      out.append(INDENT).append(entity.name()).append(" (").append(lower(entity.type()));
      if (!entity.subtype().isEmpty()) {
        out.append(", ").append(entity.subtype().toLowerCase(Locale.ROOT));
      }
      out.append(')');
      if (!entity.roles().isEmpty()) {
        out.append(" roles: ").append(String.join("; ", entity.roles()));
      }
      if (!entity.aliases().isEmpty()) {
        out.append(" aliases: ").append(String.join(", ", entity.aliases()));
      }
      int count = entity.mentionIds().size();
      out.append(" [").append(count).append(count == 1 ? " mention]" : " mentions]").append('\n');
    }
  }

  private static void attributions(StringBuilder out, List<Attribution> attributions) {
    section(out, "Who said what", attributions.size());
    Set<String> ids = new HashSet<>();
    attributions.forEach(a -> ids.add(a.id()));
    Map<String, List<Attribution>> children = new LinkedHashMap<>();
    List<Attribution> roots = new ArrayList<>();
    for (Attribution a : attributions) {
      if (a.via() == null || !ids.contains(a.via())) {
        roots.add(a);
      } else {
        children.computeIfAbsent(a.via(), via -> new ArrayList<>()).add(a);
      }
    }
    Set<String> shown = new HashSet<>();
    roots.forEach(root -> attribution(out, root, children, 1, shown));
  }

  private static void attribution(
      StringBuilder out,
      Attribution a,
      Map<String, List<Attribution>> children,
      int depth,
      Set<String> shown) {
    if (!shown.add(a.id())) {
      return;
    }
    out.append(INDENT.repeat(depth))
        .append(source(a.source()))
        .append(" ← ")
        .append(oneLine(a.cue().text()))
        .append(": \"")
        .append(quote(a.content().text()))
        .append("\" [")
        .append(a.kind().label())
        .append(", ")
        .append(a.rule())
        .append(']');
    out.append(a.inHeadline() ? " (headline)\n" : "\n");
    for (Attribution child : children.getOrDefault(a.id(), List.of())) {
      attribution(out, child, children, depth + 1, shown);
    }
  }

  private static void epistemic(StringBuilder out, List<EpistemicAct> acts) {
    section(out, "Epistemic", acts.size());
    for (EpistemicAct act : acts) {
      out.append(INDENT).append(source(act.actor())).append(' ').append(act.act().label());
      if (act.target() != null) {
        out.append(" \"").append(quote(act.target().text())).append('"');
      }
      out.append(" (\"")
          .append(oneLine(act.cue().text()))
          .append("\") [")
          .append(act.rule())
          .append("]\n");
    }
  }

  private static void times(StringBuilder out, List<TimeExpression> times) {
    section(out, "Times", times.size());
    for (TimeExpression time : times) {
      out.append(INDENT)
          .append(oneLine(time.text()))
          .append(" → ")
          .append(time.value() == null ? "?" : time.value())
          .append(" (")
          .append(lower(time.type()))
          .append(") [")
          .append(time.rule())
          .append("]\n");
    }
  }

  private static void quantities(StringBuilder out, List<Quantity> quantities) {
    section(out, "Quantities", quantities.size());
    for (Quantity q : quantities) {
      out.append(INDENT)
          .append(oneLine(q.text()))
          .append(" → ")
          .append(lower(q.qualifier()))
          .append(' ')
          .append(number(q.value()));
      if (q.upper() != null) {
        out.append("..").append(number(q.upper()));
      }
      if (q.unit() != null) {
        out.append(' ').append(q.unit());
      }
      if (q.counted() != null) {
        out.append(" of \"").append(oneLine(q.counted().text())).append('"');
      }
      if (q.equivalentOf() != null) {
        out.append(" (= ").append(q.equivalentOf()).append(')');
      }
      out.append(" [").append(q.rule()).append("]\n");
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e18
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static void diagnostics(StringBuilder out, List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return;
    }
    section(out, "Diagnostics", diagnostics.size());
    for (Diagnostic d : diagnostics) {
      out.append(INDENT)
          .append(d.code())
          .append(": ")
          .append(oneLine(d.message()))
          .append(" (")
          .append(d.stage())
          .append(")\n");
    }
  }

  private static void section(StringBuilder out, String title, int count) {
    out.append('\n').append(title).append(" (").append(count).append(")\n");
  }

  private static String source(Source source) {
    String name = oneLine(source.name());
    if (source.mention() != null && !source.mention().text().equals(source.name())) {
      name += " (\"" + oneLine(source.mention().text()) + "\")";
    }
    return name + " <" + lower(source.type()) + ">";
  }

  private static String quote(String text) {
    String flat = oneLine(text);
    return flat.length() <= MAX_QUOTE_CHARS ? flat : flat.substring(0, MAX_QUOTE_CHARS) + "…";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
