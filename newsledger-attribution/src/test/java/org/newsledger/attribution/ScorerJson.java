package org.newsledger.attribution;

import java.util.Locale;
import org.newsledger.core.Document;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Entity;

/** Writes the few fields score_attributions.py reads, by hand (no JSON library in this module). */
final class ScorerJson {

  private ScorerJson() {}

  /** {"attributions": [{content, source, kind, cue, via, rule}], "entities": [{id, name}]}. */
  static String of(Document doc) {
    StringBuilder json = new StringBuilder("{\n  \"attributions\": [\n");
    String separator = "";
    for (Attribution a : doc.get(Layers.ATTRIBUTIONS)) {
      json.append(separator)
          .append("    {\"id\": ")
          .append(quote(a.id()))
          .append(", \"kind\": ")
          .append(quote(a.kind().label()))
          .append(", \"cue\": ")
          .append(quote(a.cue().text()))
          .append(", \"rule\": ")
          .append(quote(a.rule()))
          .append(", \"via\": ")
          .append(a.via() == null ? "null" : quote(a.via()))
          .append(",\n     \"content\": {\"text\": ")
          .append(quote(a.content().text()))
          .append("},\n     \"source\": {\"name\": ")
          .append(quote(a.source().name()))
          .append(", \"type\": ")
          .append(quote(a.source().type().name()))
          .append(", \"entity\": ")
          .append(a.source().entityId() == null ? "null" : quote(a.source().entityId()))
          .append(", \"text\": ")
          .append(a.source().mention() == null ? "null" : quote(a.source().mention().text()))
          .append("}}");
      separator = ",\n";
    }
    json.append("\n  ],\n  \"entities\": [");
    separator = "\n";
    for (Entity e : doc.getOrEmpty(Layers.ENTITIES)) {
      json.append(separator)
          .append("    {\"id\": ")
          .append(quote(e.id()))
          .append(", \"name\": ")
          .append(quote(e.name()))
          .append('}');
      separator = ",\n";
    }
    return json.append("\n  ]\n}\n").toString();
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default ->
            out.append(
                c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }
}
