package org.newsledger.io;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an HTML page holds as a news article.
 *
 * @param title headline without the site name, or null
 * @param published publication date or date-time in ISO 8601, with its offset when the page gives
 *     one ("2024-05-07", "2024-05-07T09:04+02:00"), or null
 * @param author byline names joined by ", ", or null
 * @param language detected ISO 639-1 language code of the body, or null when unknown
 * @param url canonical address, or null
 * @param paragraphs body paragraphs in page order, whitespace collapsed, headline left out
 */
public record HtmlArticle(
    String title,
    String published,
    String author,
    String language,
    String url,
    List<String> paragraphs) {

  /** Validates and copies the fields. */
  public HtmlArticle {
    requireNonNull(paragraphs, "paragraphs is null");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body as paragraphs separated by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }
}
