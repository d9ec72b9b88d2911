package org.newsledger.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.newsledger.core.facts.Event;
import org.newsledger.core.facts.EventArgument;

/** Writes the "events" array of a document's JSON. */
final class EventJson {

  private EventJson() {}

  /** Writes {@code events} as the "events" array field. */
  static void write(JsonGenerator json, List<Event> events) throws IOException {
    json.writeArrayFieldStart("events");
    for (Event v : events) {
      json.writeStartObject();
      json.writeStringField("id", v.id());
      SpanJson.excerpt(json, "trigger", v.trigger());
      SpanJson.fields(json, v.span());
      json.writeStringField("type", v.type());
      json.writeStringField("mode", v.mode());
      json.writeStringField("cameo", v.cameo());
      argument(json, "actor", v.actor());
      argument(json, "target", v.target());
      argument(json, "location", v.location());
      time(json, v);
      json.writeBooleanField("negated", v.negated());
      json.writeStringField("modality", v.modality().name().toLowerCase(Locale.ROOT));
      json.writeStringField("attribution", v.attributionId());
      json.writeStringField("rule", v.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void time(JsonGenerator json, Event v) throws IOException {
    json.writeFieldName("time");
    if (v.timeId() == null && v.time() == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("id", v.timeId());
    json.writeStringField("value", v.time());
    json.writeEndObject();
  }

  private static void argument(JsonGenerator json, String field, EventArgument argument)
      throws IOException {
    json.writeFieldName(field);
    if (argument == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("entity", argument.entityId());
    json.writeStringField("name", argument.name());
    json.writeStringField("country", argument.countryCode());
    json.writeStringField("role", argument.role());
    json.writeStringField("text", argument.mention().text());
    SpanJson.fields(json, argument.mention().span());
    json.writeEndObject();
  }
}
