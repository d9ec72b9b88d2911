package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.newsledger.core.ArticleMeta;
import org.newsledger.core.CharSpan;
import org.newsledger.core.Diagnostic;
import org.newsledger.core.Document;

/**
 * An article given as fields, as a JSON Lines line, a JSON request body or a Parquet row holds it.
 *
 * @param id identifier, or null for {@code defaultId} when read
 * @param title headline, or null
 * @param published publication date or date-time in ISO 8601, or null
 * @param url address, or null
 * @param text the article text, not null
 */
public record Article(String id, String title, String published, String url, String text) {

  /** Checks that there is a text. */
  public Article {
    requireNonNull(text, "text is null");
  }

  /** An article of text alone, under the given id. */
  public static Article of(String id, String text) {
    return new Article(id, null, null, null, text);
  }

  /**
   * The document of this article, read as a JSON Lines line is: a blank id becomes {@code
   * defaultId}, the title's span is set when the text's first line is the title, a publication date
   * that is no ISO 8601 date is ignored with a {@code bad_published} diagnostic and {@code options}
   * gives the date when there is none.
   */
  public Document toDocument(String defaultId, ReadOptions options) {
    requireNonNull(defaultId, "defaultId is null");
    requireNonNull(options, "options is null");
    String cleanTitle = title == null || title.isBlank() ? null : title.strip();
    ArticleMeta meta =
        ArticleMeta.of(id == null || id.isBlank() ? defaultId : id)
            .withUrl(url)
            .withTitle(cleanTitle, titleSpan(text, cleanTitle));
    Document doc = Document.of(meta, text);
    if (text.isBlank()) {
      doc = doc.withDiagnostic(note("empty_input", "the \"text\" field is blank"));
    }
    Optional<String> given = Optional.ofNullable(published).filter(s -> !s.isBlank());
    Optional<String> normalized = given.flatMap(PublishedDates::normalize);
    if (given.isPresent() && normalized.isEmpty()) {
      String message = "ignored \"published\" value '" + given.get() + "': not an ISO 8601 date";
      doc = doc.withDiagnostic(note("bad_published", message));
    }
    return doc.withMeta(doc.meta().withPublished(normalized.orElse(options.published())));
  }

  /**
   * The document of a plain text read as a text file is: its first line the headline unless it is a
   * date line, a dateline recognised later by the layout stage.
   */
  public static Document fromPlainText(String id, String text, ReadOptions options) {
    return PlainTextReader.read(
        requireNonNull(id, "id is null"), requireNonNull(text, "text is null"), options);
  }

  private static Diagnostic note(String code, String message) {
    return new Diagnostic(code, message, PlainTextReader.STAGE, null);
  }

  /** The title's span when the text's first line is the title, else null. */
  private static CharSpan titleSpan(String text, String title) {
    CharSpan first = PlainTextReader.firstLine(text);
    return title != null && first != null && first.textOf(text).equals(title) ? first : null;
  }
}
