package org.newsledger.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;

/** Turns one JSON Lines object {"id","text","title","published","url"} into a document. */
final class JsonArticles {

  private JsonArticles() {}

  /** The document; throws {@link ErrorCode#INPUT_MALFORMED} when "text" is missing or not text. */
  static Document toDocument(JsonNode node, String defaultId, ReadOptions options) {
    return toArticle(node).toDocument(defaultId, options);
  }

  /** The article's fields; throws {@link ErrorCode#INPUT_MALFORMED} when "text" is not text. */
  static Article toArticle(JsonNode node) {
    return new Article(
        string(node, "id"),
        string(node, "title"),
        string(node, "published"),
        string(node, "url"),
        text(node));
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

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    return value.asText();
  }

  private static NewsledgerException malformed(String message) {
    return new NewsledgerException(ErrorCode.INPUT_MALFORMED, message);
  }
}
