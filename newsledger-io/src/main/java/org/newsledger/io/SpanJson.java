package org.newsledger.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Excerpt;

/**
 * How every JSON writer puts evidence on the page: a span is {@code "begin"} and {@code "end"}
 * character offsets into the article text, an excerpt is its {@code "text"} plus those offsets.
 * Offsets are Unicode code points (Python's {@code text[begin:end]}) when the generator is an
 * {@link OffsetGenerator}, as {@link DocumentJson} makes it; spans inside newsledger stay UTF-16.
 */
final class SpanJson {

  private SpanJson() {}

  /** Writes {@code "begin"} and {@code "end"} fields into the current object. */
  static void fields(JsonGenerator json, CharSpan span) throws IOException {
    json.writeNumberField("begin", OffsetGenerator.codePoint(json, span.begin()));
    json.writeNumberField("end", OffsetGenerator.codePoint(json, span.end()));
  }

  /** Like {@link #fields}, with null offsets when {@code span} is null. */
  static void nullableFields(JsonGenerator json, CharSpan span) throws IOException {
    if (span == null) {
      json.writeNullField("begin");
      json.writeNullField("end");
    } else {
      fields(json, span);
    }
  }

  /** Writes {@code span} as an object {@code {"begin", "end"}}, or null. */
  static void object(JsonGenerator json, CharSpan span) throws IOException {
    if (span == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    fields(json, span);
    json.writeEndObject();
  }

  /** Writes field {@code field} as {@code {"text", "begin", "end"}}, or null. */
  static void excerpt(JsonGenerator json, String field, Excerpt excerpt) throws IOException {
    json.writeFieldName(field);
    excerptObject(json, excerpt);
  }

  /** Writes {@code excerpt} as an object {@code {"text", "begin", "end"}}, or null. */
  static void excerptObject(JsonGenerator json, Excerpt excerpt) throws IOException {
    if (excerpt == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("text", excerpt.text());
    fields(json, excerpt.span());
    json.writeEndObject();
  }
}
