package org.newsledger.store;

import static java.util.Objects.requireNonNull;

/**
 * An article matching a full-text search.
 *
 * @param articleId the stored article's id
 * @param docId the article's id as read (file name, JSON Lines id, URL)
 * @param title headline, or null
 * @param url address, or null
 * @param published publication date in ISO 8601, or null
 * @param snippet matching text with the hits in [brackets]
 * @param score BM25 relevance, higher is better
 */
public record SearchHit(
    long articleId,
    String docId,
    String title,
    String url,
    String published,
    String snippet,
    double score) {

  /** Validates the fields; title, url and published may be null. */
  public SearchHit {
    requireNonNull(docId, "docId is null");
    requireNonNull(snippet, "snippet is null");
  }
}
