package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsledger.core.Document;
import org.newsledger.store.stories.ArticleVectors;
import org.newsledger.store.stories.StoryFeatures;
import org.newsledger.store.stories.StoryParameters;

/**
 * Assigns each new article to a story, incrementally: the article's vector is compared with the
 * centroids of the stories sharing a feature with it, and joins the most similar one above the
 * threshold, else opens a new story; a story an article joined may then split in two (see {@link
 * StoryParameters}, {@link StoryMembers}).
 */
final class StoryRows {

  private final Connection connection;
  private final StoryParameters parameters;
  private final StoryMembers members;

  StoryRows(Connection connection, StoryParameters parameters) {
    this.connection = connection;
    this.parameters = parameters;
    this.members = new StoryMembers(connection, parameters);
  }

  /** Puts the stored article into a story, splitting the story when due; returns the story id. */
  long assign(long articleId, Document doc) throws SQLException {
    Map<String, Integer> counts = StoryFeatures.of(doc);
    countFeatures(counts);
    Map<String, Integer> articlesWith = articlesWith(counts);
    long articles = FactRows.count(connection, "SELECT COUNT(*) FROM story_articles") + 1;
    Map<String, Double> vector =
        ArticleVectors.of(
            counts, feature -> articlesWith.getOrDefault(feature, 1), articles, parameters);
    String published = StoryCandidates.date(doc.meta().published());
    Optional<StoryCandidates.Match> best =
        new StoryCandidates(connection, parameters).best(vector, published);
    boolean joins = best.isPresent() && best.get().similarity() >= parameters.threshold();
    long storyId = joins ? best.get().storyId() : newStory(title(doc));
    double similarity = joins ? best.get().similarity() : 1.0;
    updateStory(storyId, vector, published);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO story_articles (article_id, story_id, similarity, rule) VALUES (?, ?, ?, ?)")) {
      FactRows.bind(
          insert, articleId, storyId, similarity, joins ? "centroid-cosine" : "new-story");
      insert.executeUpdate();
    }
    members.save(articleId, vector);
    if (joins) {
      members.splitIfApart(storyId, this);
    }
    return FactRows.count(
        connection, "SELECT story_id FROM story_articles WHERE article_id = ?", articleId);
  }

  private void countFeatures(Map<String, Integer> counts) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO feature_counts (feature, articles) VALUES (?, 1)"
                + " ON CONFLICT (feature) DO UPDATE SET articles = articles + 1")) {
      for (String feature : counts.keySet()) {
        upsert.setString(1, feature);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private Map<String, Integer> articlesWith(Map<String, Integer> counts) throws SQLException {
    Map<String, Integer> articlesWith = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement("SELECT articles FROM feature_counts WHERE feature = ?")) {
      for (String feature : counts.keySet()) {
        select.setString(1, feature);
        try (ResultSet rows = select.executeQuery()) {
          articlesWith.put(feature, rows.next() ? rows.getInt(1) : 1);
        }
      }
    }
    return articlesWith;
  }

  /** Opens an empty story with the title (null for none); returns its id. */
  long newStory(String title) throws SQLException {
    long id = FactRows.count(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM stories");
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO stories (id, title, size, first_published, last_published, norm)"
                + " VALUES (?, ?, 0, NULL, NULL, 0)")) {
      FactRows.bind(insert, id, title);
      insert.executeUpdate();
    }
    return id;
  }

  /**
   * Replaces the story's centroid and size, and recomputes its date range from its articles' dates.
   */
  void rewrite(long storyId, Map<String, Double> centroid, int size) throws SQLException {
    writeCentroid(storyId, centroid);
    String first = null;
    String last = null;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT a.published FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                + " WHERE sa.story_id = ?")) {
      select.setLong(1, storyId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String day = StoryCandidates.date(rows.getString(1));
          if (day != null && (first == null || day.compareTo(first) < 0)) {
            first = day;
          }
          if (day != null && (last == null || day.compareTo(last) > 0)) {
            last = day;
          }
        }
      }
    }
    FactRows.execute(
        connection,
        "UPDATE stories SET size = ?, norm = ?, first_published = ?, last_published = ?"
            + " WHERE id = ?",
        size,
        ArticleVectors.norm(centroid),
        first,
        last,
        storyId);
  }

  private void writeCentroid(long storyId, Map<String, Double> centroid) throws SQLException {
    FactRows.execute(connection, "DELETE FROM story_features WHERE story_id = ?", storyId);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO story_features (story_id, feature, weight) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Double> entry : centroid.entrySet()) {
        FactRows.bind(insert, storyId, entry.getKey(), entry.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void updateStory(long storyId, Map<String, Double> vector, String published)
      throws SQLException {
    Map<String, Double> centroid =
        ArticleVectors.add(centroid(storyId), vector, parameters.centroidFeatures());
    writeCentroid(storyId, centroid);
    FactRows.execute(
        connection,
        "UPDATE stories SET size = size + 1, norm = ?,"
            + " first_published = CASE WHEN first_published IS NULL OR ? < first_published"
            + " THEN ? ELSE first_published END,"
            + " last_published = CASE WHEN last_published IS NULL OR ? > last_published"
            + " THEN ? ELSE last_published END WHERE id = ?",
        ArticleVectors.norm(centroid),
        published,
        published,
        published,
        published,
        storyId);
  }

  private Map<String, Double> centroid(long storyId) throws SQLException {
    Map<String, Double> centroid = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT feature, weight FROM story_features WHERE story_id = ?")) {
      select.setLong(1, storyId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          centroid.put(rows.getString(1), rows.getDouble(2));
        }
      }
    }
    return centroid;
  }

  private static String title(Document doc) {
    return title(doc.meta().title(), doc.text());
  }

  /** The headline when there is one, else the text's first line (at most 120 chars), or null. */
  static String title(String headline, String text) {
    if (headline != null && !headline.isBlank()) {
      return headline.strip();
    }
    String firstLine = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
    return firstLine.isEmpty() ? null : firstLine.substring(0, Math.min(120, firstLine.length()));
  }

  /** Features of a story's centroid, heaviest first: entity names or content words. */
  List<String> topFeatures(long storyId, boolean entities, int limit) throws SQLException {
    List<String> features = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT feature FROM story_features WHERE story_id = ? AND (substr(feature, 1, 1) = ?)"
                + " = ? ORDER BY weight DESC, feature LIMIT ?")) {
      FactRows.bind(select, storyId, StoryFeatures.ENTITY_PREFIX, entities ? 1 : 0, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String feature = rows.getString(1);
          features.add(
              entities ? feature.substring(StoryFeatures.ENTITY_PREFIX.length()) : feature);
        }
      }
    }
    return List.copyOf(features);
  }
}
