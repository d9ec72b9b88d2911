package org.newsledger.store.stories;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A story: articles about the same happening, clustered as they arrived.
 *
 * @param id the story's id in the store
 * @param title headline of its first article (or its first line), or null
 * @param size number of articles
 * @param firstPublished earliest publication date of its articles (ISO 8601), or null
 * @param lastPublished latest publication date of its articles (ISO 8601), or null
 * @param topEntities the entity names weighing most in its centroid, heaviest first
 * @param topTerms the content words (stemmed) weighing most in its centroid, heaviest first
 */
public record Story(
    long id,
    String title,
    int size,
    String firstPublished,
    String lastPublished,
    List<String> topEntities,
    List<String> topTerms) {

  /** Validates and copies the fields; title and dates may be null. */
  public Story {
    if (size < 1) {
      throw new IllegalArgumentException("a story has at least one article: " + size);
    }
    topEntities = List.copyOf(requireNonNull(topEntities, "topEntities is null"));
    topTerms = List.copyOf(requireNonNull(topTerms, "topTerms is null"));
  }
}
