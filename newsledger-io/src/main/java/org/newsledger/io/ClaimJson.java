package org.newsledger.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.facts.Claim;
import org.newsledger.core.facts.ClaimSource;
import org.newsledger.core.facts.StatusChange;

/** Writes the "claims" array of a document's JSON. */
final class ClaimJson {

  private ClaimJson() {}

  /** Writes {@code claims} as the "claims" array field. */
  static void write(JsonGenerator json, List<Claim> claims) throws IOException {
    json.writeArrayFieldStart("claims");
    for (Claim c : claims) {
      json.writeStartObject();
      json.writeStringField("id", c.id());
      SpanJson.excerpt(json, "proposition", c.proposition());
      json.writeStringField("event", c.eventId());
      json.writeArrayFieldStart("sources");
      for (ClaimSource s : c.sources()) {
        json.writeStartObject();
        json.writeStringField("entity", s.entityId());
        json.writeStringField("name", s.name());
        json.writeStringField("type", s.type().name().toLowerCase(Locale.ROOT));
        json.writeStringField("attribution", s.attributionId());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("status", c.status().label());
      history(json, c.history());
      json.writeStringField("rule", c.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void history(JsonGenerator json, List<StatusChange> history) throws IOException {
    json.writeArrayFieldStart("history");
    for (StatusChange change : history) {
      json.writeStartObject();
      json.writeStringField("status", change.status().label());
      json.writeStringField("by", change.by());
      json.writeStringField("entity", change.entityId());
      SpanJson.excerpt(json, "evidence", change.evidence());
      json.writeStringField("rule", change.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
