package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsledger.store.stories.Story;
import org.newsledger.store.stories.StoryParameters;

/** Reads stories: the list, one article's story and a story's articles. */
final class StoryQueries {

  /** Entity names and terms listed per story. */
  static final int TOP = 5;

  private static final String COLUMNS =
      "id, title, size, first_published, last_published FROM stories";

  private final Connection connection;
  private final StoryRows rows;

  StoryQueries(Connection connection) {
    this.connection = connection;
    this.rows = new StoryRows(connection, StoryParameters.defaults());
  }

  /** Every story, largest first, then oldest id first. */
  List<Story> stories() throws SQLException {
    return select("SELECT " + COLUMNS + " ORDER BY size DESC, id");
  }

  /** The story of the stored article, if it has one. */
  Optional<Story> storyOf(long articleId) throws SQLException {
    List<Story> stories =
        select(
            "SELECT "
                + COLUMNS
                + " WHERE id = (SELECT story_id FROM story_articles WHERE article_id = ?)",
            articleId);
    return stories.stream().findFirst();
  }

  /** Ids of the story's articles, oldest first. */
  List<Long> articlesOf(long storyId) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                + " WHERE sa.story_id = ? ORDER BY a.published, a.id")) {
      select.setLong(1, storyId);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          ids.add(result.getLong(1));
        }
      }
    }
    return List.copyOf(ids);
  }

  private List<Story> select(String sql, Object... values) throws SQLException {
    List<Story> stories = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      FactRows.bind(select, values);
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          long id = result.getLong(1);
          stories.add(
              new Story(
                  id,
                  result.getString(2),
                  result.getInt(3),
                  result.getString(4),
                  result.getString(5),
                  rows.topFeatures(id, true, TOP),
                  rows.topFeatures(id, false, TOP)));
        }
      }
    }
    return List.copyOf(stories);
  }
}
