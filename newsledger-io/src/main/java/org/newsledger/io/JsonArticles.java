package org.newsledger.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Turns one JSON Lines object {"id","text","title","published","url"} into a document. */
final class JsonArticles {

  private JsonArticles() {}

  /** The document; throws {@link ErrorCode#INPUT_MALFORMED} when "text" is missing or not text. */
  static Document toDocument(JsonNode node, String defaultId, ReadOptions options) {
    String text = text(node);
    String id = string(node, "id").filter(s -> !s.isBlank()).orElse(defaultId);
    String title = string(node, "title").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    ArticleMeta meta =
        ArticleMeta.of(id)
            .withUrl(string(node, "url").orElse(null))
            .withTitle(title, titleSpan(text, title));
    Document doc = Document.of(meta, text);
    if (text.isBlank()) {
      doc = doc.withDiagnostic(note("empty_input", "the \"text\" field is blank"));
    }
    Optional<String> given = string(node, "published").filter(s -> !s.isBlank());
    Optional<String> published = given.flatMap(PublishedDates::normalize);
    if (given.isPresent() && published.isEmpty()) {
      String message = "ignored \"published\" value '" + given.get() + "': not an ISO 8601 date";
      doc = doc.withDiagnostic(note("bad_published", message));
    }
    return doc.withMeta(doc.meta().withPublished(published.orElse(options.published())));
  }

  private static String text(JsonNode node) {
    if (!node.isObject()) {
      throw malformed("not a JSON object");
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw malformed("missing \"text\" field");
    }
    if (!text.isTextual()) {
      throw malformed("\"text\" is not a string");
    }
    return text.asText();
  }

  private static Diagnostic note(String code, String message) {
    return new Diagnostic(code, message, PlainTextReader.STAGE, null);
  }

  /** The title's span when the text's first line is the title, else null. */
  private static CharSpan titleSpan(String text, String title) {
    CharSpan first = PlainTextReader.firstLine(text);
    return title != null && first != null && first.textOf(text).equals(title) ? first : null;
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  private static NewsledgerException malformed(String message) {
    return new NewsledgerException(ErrorCode.INPUT_MALFORMED, message);
  }
}
