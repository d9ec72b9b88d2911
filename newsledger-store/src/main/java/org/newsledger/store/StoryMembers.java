package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsledger.store.stories.ArticleVectors;
import org.newsledger.store.stories.StoryParameters;
import org.newsledger.store.stories.StorySplit;

/**
 * The article vectors of each story, kept so that a story that has grown can be split again (see
 * {@link StorySplit}). A split moves the half without the story's first article into a new story
 * (rule {@value #SPLIT_RULE}) and recomputes both centroids, sizes and date ranges from their
 * articles.
 */
final class StoryMembers {

  /** Rule recorded for the articles a split moved into a new story. */
  static final String SPLIT_RULE = "story-split";

  private final Connection connection;
  private final StoryParameters parameters;

  StoryMembers(Connection connection, StoryParameters parameters) {
    this.connection = connection;
    this.parameters = parameters;
  }

  /** Keeps the article's vector. */
  void save(long articleId, Map<String, Double> vector) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO story_article_features (article_id, feature, weight) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Double> entry : vector.entrySet()) {
        FactRows.bind(insert, articleId, entry.getKey(), entry.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Splits the story when its halves are two stories; returns the new story's id. Stories holding
   * articles clustered before vectors were kept are left whole.
   */
  Optional<Long> splitIfApart(long storyId, StoryRows rows) throws SQLException {
    long size = FactRows.count(connection, "SELECT size FROM stories WHERE id = ?", storyId);
    if (size < 2L * parameters.splitMinArticles() || size > parameters.splitMaxArticles()) {
      return Optional.empty();
    }
    Map<Long, Map<String, Double>> members = vectors(storyId);
    if (members.size() != size) {
      return Optional.empty();
    }
    List<Long> ids = new ArrayList<>(members.keySet());
    Optional<List<Integer>> leaving = StorySplit.of(new ArrayList<>(members.values()), parameters);
    if (leaving.isEmpty()) {
      return Optional.empty();
    }
    List<Long> moved = leaving.get().stream().map(ids::get).toList();
    long newStoryId = rows.newStory(title(moved.get(0)));
    Map<String, Double> newCentroid = centroid(moved, members);
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE story_articles SET story_id = ?, similarity = ?, rule = ? WHERE article_id = ?")) {
      for (long articleId : moved) {
        double similarity = ArticleVectors.cosine(members.get(articleId), newCentroid);
        FactRows.bind(update, newStoryId, similarity, SPLIT_RULE, articleId);
        update.addBatch();
      }
      update.executeBatch();
    }
    List<Long> kept = ids.stream().filter(id -> !moved.contains(id)).toList();
    rows.rewrite(storyId, centroid(kept, members), kept.size());
    rows.rewrite(newStoryId, newCentroid, moved.size());
    new ClaimIndex(connection).reindex(storyId, newStoryId);
    return Optional.of(newStoryId);
  }

  private Map<String, Double> centroid(List<Long> articleIds, Map<Long, Map<String, Double>> all) {
    return ArticleVectors.heaviest(
        ArticleVectors.sum(articleIds.stream().map(all::get).toList()),
        parameters.centroidFeatures());
  }

  /** The story's article vectors by article id, in arrival order. */
  private Map<Long, Map<String, Double>> vectors(long storyId) throws SQLException {
    Map<Long, Map<String, Double>> vectors = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT f.article_id, f.feature, f.weight FROM story_article_features f"
                + " JOIN story_articles sa ON sa.article_id = f.article_id"
                + " WHERE sa.story_id = ? ORDER BY f.article_id, f.weight DESC, f.feature")) {
      select.setLong(1, storyId);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          vectors
              .computeIfAbsent(result.getLong(1), id -> new LinkedHashMap<>())
              .put(result.getString(2), result.getDouble(3));
        }
      }
    }
    return vectors;
  }

  private String title(long articleId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT title, text FROM articles WHERE id = ?")) {
      select.setLong(1, articleId);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? StoryRows.title(result.getString(1), result.getString(2)) : null;
      }
    }
  }
}
