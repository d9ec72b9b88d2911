package org.newsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsledger.core.Document;
import org.newsledger.io.DocumentJson;

/** Checks a document's JSON record: it parses, and every excerpt's offsets slice its text. */
final class JsonSpans {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonSpans() {}

  /** Writes, parses and checks the record of {@code doc}; returns the parsed record. */
  static JsonNode assertRoundTrips(Document doc) {
    JsonNode record;
    try {
      record = MAPPER.readTree(DocumentJson.write(doc, false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = record.get("text").asText();
    assertThat(text).isEqualTo(doc.text());
    int[] points = text.codePoints().toArray();
    checkExcerpts(record, points);
    return record;
  }

  /** Every object with "text", "begin" and "end" must hold the code points begin..end. */
  private static void checkExcerpts(JsonNode node, int[] points) {
    if (node.isObject()
        && node.path("begin").isInt()
        && node.path("end").isInt()
        && node.path("text").isTextual()) {
      int begin = node.get("begin").asInt();
      int end = node.get("end").asInt();
      assertThat(begin).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(points.length);
      assertThat(new String(points, begin, end - begin)).isEqualTo(node.get("text").asText());
    }
    node.forEach(child -> checkExcerpts(child, points));
  }
}
