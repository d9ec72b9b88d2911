package org.newsledger.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What is known about an article besides its text.
 *
 * @param id identifier: the JSON Lines id, or the file name
 * @param title headline, or null
 * @param published publication date or date-time in ISO 8601 ("2024-05-07", "2024-05-07T09:04",
 *     "2024-05-07T09:04+02:00" when the source gives an offset), or null when unknown
 * @param dateline the dateline text ("7 May 2024 09:04", "BRUSSELS (Reuters) -"), or null
 * @param url address of the article, or null
 * @param titleSpan span of the headline in the text, or null when the title is not in the text
 * @param datelineSpans spans of dateline lines or prefixes in the text
 * @param author byline names joined by ", ", or null when unknown
 * @param language ISO 639-1 code of the article's language ("en"), or null when unknown
 */
public record ArticleMeta(
    String id,
    String title,
    String published,
    String dateline,
    String url,
    CharSpan titleSpan,
    List<CharSpan> datelineSpans,
    String author,
    String language) {

  /** Validates and copies the fields. */
  public ArticleMeta {
    requireNonNull(id, "id is null");
    datelineSpans = List.copyOf(datelineSpans);
  }

  /** Metadata without author and language (the fields every reader fills). */
  public ArticleMeta(
      String id,
      String title,
      String published,
      String dateline,
      String url,
      CharSpan titleSpan,
      List<CharSpan> datelineSpans) {
    this(id, title, published, dateline, url, titleSpan, datelineSpans, null, null);
  }

  /** Metadata with only an id. */
  public static ArticleMeta of(String id) {
    return new ArticleMeta(id, null, null, null, null, null, List.of());
  }

  /**
   * The calendar day an ISO publication date or date-time ("2024-05-07", "2024-05-07T09:04") starts
   * with, or null when it is null or not such a date.
   */
  public static LocalDate dayOf(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A copy with another title and title span. */
  public ArticleMeta withTitle(String newTitle, CharSpan newTitleSpan) {
    return new ArticleMeta(
        id, newTitle, published, dateline, url, newTitleSpan, datelineSpans, author, language);
  }

  /** A copy with another publication date. */
  public ArticleMeta withPublished(String newPublished) {
    return new ArticleMeta(
        id, title, newPublished, dateline, url, titleSpan, datelineSpans, author, language);
  }

  /** A copy with another URL. */
  public ArticleMeta withUrl(String newUrl) {
    return new ArticleMeta(
        id, title, published, dateline, newUrl, titleSpan, datelineSpans, author, language);
  }

  /** A copy with the given dateline text and spans. */
  public ArticleMeta withDateline(String newDateline, List<CharSpan> newSpans) {
    return new ArticleMeta(
        id, title, published, newDateline, url, titleSpan, newSpans, author, language);
  }

  /** A copy with another author (byline). */
  public ArticleMeta withAuthor(String newAuthor) {
    return new ArticleMeta(
        id, title, published, dateline, url, titleSpan, datelineSpans, newAuthor, language);
  }

  /** A copy with another language code. */
  public ArticleMeta withLanguage(String newLanguage) {
    return new ArticleMeta(
        id, title, published, dateline, url, titleSpan, datelineSpans, author, newLanguage);
  }
}
