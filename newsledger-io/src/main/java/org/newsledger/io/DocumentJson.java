package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.Excerpt;
import org.newsledger.core.Layers;
import org.newsledger.core.facts.Attribution;
import org.newsledger.core.facts.Entity;
import org.newsledger.core.facts.EpistemicAct;
import org.newsledger.core.facts.Mention;
import org.newsledger.core.facts.Quantity;
import org.newsledger.core.facts.Source;
import org.newsledger.core.facts.TimeExpression;

/**
 * Writes a document as "newsledger/1" JSON; keys keep a fixed order, enums are lower-case, and
 * every begin/end offset counts Unicode code points (so Python's {@code text[begin:end]} is the
 * fact).
 */
public final class DocumentJson {

  /** The schema name written at the top of every document. */
  public static final String SCHEMA = "newsledger/1";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private DocumentJson() {}

  /** The document as JSON text, indented when {@code pretty}, else on one line. */
  public static String write(Document doc, boolean pretty) {
    StringWriter out = new StringWriter();
    try {
      write(doc, pretty, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  /** Streams the document as JSON to {@code out}, which is flushed but not closed. */
  public static void write(Document doc, boolean pretty, Writer out) throws IOException {
    requireNonNull(doc, "doc is null");
    requireNonNull(out, "out is null");
    try (JsonGenerator json = new OffsetGenerator(FACTORY.createGenerator(out), doc.text())) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      json.writeStartObject();
      json.writeStringField("schema", SCHEMA);
      writeArticle(json, doc.meta());
      json.writeStringField("text", doc.text());
      writeEntities(json, doc);
      writeAttributions(json, doc.getOrEmpty(Layers.ATTRIBUTIONS));
      writeEpistemic(json, doc.getOrEmpty(Layers.EPISTEMIC));
      writeTimes(json, doc.getOrEmpty(Layers.TIMES));
      writeQuantities(json, doc.getOrEmpty(Layers.QUANTITIES));
      EventJson.write(json, doc.getOrEmpty(Layers.EVENTS));
      ClaimJson.write(json, doc.getOrEmpty(Layers.CLAIMS));
      writeDiagnostics(json, doc.diagnostics());
      json.writeEndObject();
    }
  }

  private static void writeArticle(JsonGenerator json, ArticleMeta meta) throws IOException {
    json.writeObjectFieldStart("article");
    json.writeStringField("id", meta.id());
    json.writeStringField("title", meta.title());
    json.writeStringField("published", meta.published());
    json.writeStringField("dateline", meta.dateline());
    json.writeStringField("url", meta.url());
    if (meta.author() != null) {
      json.writeStringField("author", meta.author());
    }
    if (meta.language() != null) {
      json.writeStringField("language", meta.language());
    }
    json.writeFieldName("title_span");
    SpanJson.object(json, meta.titleSpan());
    json.writeArrayFieldStart("dateline_spans");
    for (CharSpan span : meta.datelineSpans()) {
      SpanJson.object(json, span);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeEntities(JsonGenerator json, Document doc) throws IOException {
    Map<String, Mention> mentions =
        doc.getOrEmpty(Layers.MENTIONS).stream()
            .collect(Collectors.toMap(Mention::id, Function.identity(), (a, b) -> a));
    json.writeArrayFieldStart("entities");
    for (Entity entity : doc.getOrEmpty(Layers.ENTITIES)) {
      json.writeStartObject();
      json.writeStringField("id", entity.id());
      json.writeStringField("name", entity.name());
      json.writeStringField("type", label(entity.type()));
      json.writeStringField("subtype", entity.subtype());
      writeStrings(json, "aliases", entity.aliases());
      writeStrings(json, "roles", entity.roles());
      json.writeStringField("rule", entity.rule());
      json.writeArrayFieldStart("mentions");
      for (String mentionId : entity.mentionIds()) {
        Mention mention = mentions.get(mentionId);
        if (mention != null) {
          writeMention(json, mention);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeMention(JsonGenerator json, Mention mention) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", mention.id());
    SpanJson.fields(json, mention.span());
    json.writeStringField("text", mention.text());
    json.writeStringField("kind", label(mention.kind()));
    json.writeStringField("rule", mention.rule());
    json.writeEndObject();
  }

  private static void writeAttributions(JsonGenerator json, List<Attribution> attributions)
      throws IOException {
    json.writeArrayFieldStart("attributions");
    for (Attribution a : attributions) {
      json.writeStartObject();
      json.writeStringField("id", a.id());
      json.writeStringField("kind", a.kind().label());
      SpanJson.excerpt(json, "cue", a.cue());
      SpanJson.excerpt(json, "content", a.content());
      if (a.contentParts().size() > 1) {
        json.writeArrayFieldStart("content_parts");
        for (Excerpt part : a.contentParts()) {
          SpanJson.excerptObject(json, part);
        }
        json.writeEndArray();
      }
      writeSource(json, "source", a.source());
      json.writeStringField("via", a.via());
      json.writeBooleanField("in_headline", a.inHeadline());
      json.writeStringField("rule", a.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeEpistemic(JsonGenerator json, List<EpistemicAct> acts)
      throws IOException {
    json.writeArrayFieldStart("epistemic");
    for (EpistemicAct act : acts) {
      json.writeStartObject();
      json.writeStringField("id", act.id());
      json.writeStringField("act", act.act().label());
      writeSource(json, "actor", act.actor());
      SpanJson.excerpt(json, "cue", act.cue());
      SpanJson.excerpt(json, "target", act.target());
      SpanJson.fields(json, act.span());
      json.writeStringField("rule", act.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeTimes(JsonGenerator json, List<TimeExpression> times)
      throws IOException {
    json.writeArrayFieldStart("times");
    for (TimeExpression time : times) {
      json.writeStartObject();
      json.writeStringField("id", time.id());
      json.writeStringField("text", time.text());
      SpanJson.fields(json, time.span());
      json.writeStringField("type", label(time.type()));
      json.writeStringField("value", time.value());
      json.writeStringField("rule", time.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeQuantities(JsonGenerator json, List<Quantity> quantities)
      throws IOException {
    json.writeArrayFieldStart("quantities");
    for (Quantity q : quantities) {
      json.writeStartObject();
      json.writeStringField("id", q.id());
      json.writeStringField("text", q.text());
      SpanJson.fields(json, q.span());
      json.writeStringField("number", q.number());
      json.writeFieldName("value");
      if (Double.isFinite(q.value())) {
        json.writeNumber(q.value());
      } else {
        json.writeNull();
      }
      json.writeFieldName("upper");
      if (q.upper() == null || !Double.isFinite(q.upper())) {
        json.writeNull();
      } else {
        json.writeNumber(q.upper());
      }
      json.writeStringField("qualifier", label(q.qualifier()));
      json.writeStringField("unit", q.unit());
      SpanJson.excerpt(json, "counted", q.counted());
      json.writeStringField("equivalent_of", q.equivalentOf());
      json.writeStringField("rule", q.rule());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeDiagnostics(JsonGenerator json, List<Diagnostic> diagnostics)
      throws IOException {
    json.writeArrayFieldStart("diagnostics");
    for (Diagnostic diagnostic : diagnostics) {
      json.writeStartObject();
      json.writeStringField("code", diagnostic.code());
      json.writeStringField("message", diagnostic.message());
      json.writeStringField("stage", diagnostic.stage());
      SpanJson.nullableFields(json, diagnostic.span());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeSource(JsonGenerator json, String field, Source source)
      throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("entity", source.entityId());
    json.writeStringField("name", source.name());
    json.writeStringField("type", label(source.type()));
    Excerpt mention = source.mention();
    json.writeStringField("text", mention == null ? null : mention.text());
    SpanJson.nullableFields(json, mention == null ? null : mention.span());
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
