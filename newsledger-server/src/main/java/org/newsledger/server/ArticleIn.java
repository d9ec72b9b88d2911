package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.newsledger.Analysis;
import org.newsledger.Newsledger;
import org.newsledger.core.Document;
import org.newsledger.io.Article;
import org.newsledger.io.ArticleSource;
import org.newsledger.io.ReadOptions;
import org.newsledger.io.ReadResult;

/**
 * A posted article, read but not yet analyzed: either a document the library's readers made from
 * the body's bytes, or a JSON article's fields.
 *
 * @param label where it came from, for the store ("POST article.txt")
 * @param document the read document, or null for a JSON article
 * @param article the JSON article, or null
 */
record ArticleIn(String label, Document document, Article article) {

  /** Validates that exactly one of document and article is set. */
  ArticleIn {
    requireNonNull(label, "label is null");
    if ((document == null) == (article == null)) {
      throw new IllegalArgumentException("exactly one of document and article");
    }
  }

  /** Reads the bytes by the name's extension, as the CLI reads a file of that name. */
  static ArticleIn bytes(byte[] body, String name) {
    try (ArticleSource source = ArticleSource.ofBytes(body, name, ReadOptions.defaults())) {
      if (!source.hasNext()) {
        throw Problem.badRequest("no article in the body");
      }
      ReadResult read = source.next();
      if (!read.isOk()) {
        throw Problem.badRequest(read.error());
      }
      return new ArticleIn(name, read.document(), null);
    }
  }

  /** Reads a JSON article {id, title, published, url, text}; 400 when malformed. */
  static ArticleIn json(ObjectMapper json, byte[] body, String name) {
    Fields fields;
    try {
      fields = json.readValue(body, Fields.class);
    } catch (JsonProcessingException e) {
      throw Problem.badRequest("not a JSON article: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw Problem.badRequest("cannot read the body: " + e.getMessage());
    }
    if (fields == null || fields.text() == null || fields.text().isBlank()) {
      throw Problem.badRequest("a JSON article needs a non-empty \"text\"");
    }
    String id = fields.id() != null ? fields.id() : name != null ? name : "article";
    return new ArticleIn(
        id, null, new Article(id, fields.title(), fields.published(), fields.url(), fields.text()));
  }

  /** Analyzes the article with the library. */
  Analysis analyzeWith(Newsledger engine) {
    return document != null ? engine.analyze(document) : engine.analyze(article);
  }

  /** The JSON article's fields; others are ignored. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Fields(String id, String title, String published, String url, String text) {}
}
