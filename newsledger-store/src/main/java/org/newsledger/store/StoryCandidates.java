package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsledger.store.stories.ArticleVectors;
import org.newsledger.store.stories.StoryParameters;

/**
 * Finds the story most similar to an article vector: stories sharing one of the article's heaviest
 * features are candidates, ranked by that partial similarity; the best few within the time window
 * are scored by exact cosine similarity against their whole centroid.
 */
final class StoryCandidates {

  /** Heaviest article features used to look up candidate stories. */
  static final int PROBE_FEATURES = 25;

  /** Candidates scored exactly. */
  static final int MAX_CANDIDATES = 40;

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private final Connection connection;
  private final StoryParameters parameters;

  StoryCandidates(Connection connection, StoryParameters parameters) {
    this.connection = connection;
    this.parameters = parameters;
  }

  /** The best story for the vector, if any story shares a feature and fits the time window. */
  Optional<Match> best(Map<String, Double> vector, String published) throws SQLException {
    Map<Long, Candidate> candidates = probe(vector);
    Match best = null;
    List<Candidate> ranked =
        candidates.values().stream()
            .filter(candidate -> inWindow(published, candidate))
            .sorted(
                Comparator.comparingDouble((Candidate c) -> -c.partial / c.norm)
                    .thenComparingLong(c -> c.storyId))
            .limit(MAX_CANDIDATES)
            .toList();
    for (Candidate candidate : ranked) {
      double similarity = dot(vector, candidate.storyId) / candidate.norm;
      if (best == null || similarity > best.similarity()) {
        best = new Match(candidate.storyId, similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The ISO date (yyyy-mm-dd) a publication date starts with, or null. */
  static String date(String published) {
    return published != null && ISO_DATE.matcher(published.strip()).matches()
        ? published.strip().substring(0, 10)
        : null;
  }

  private Map<Long, Candidate> probe(Map<String, Double> vector) throws SQLException {
    Map<Long, Candidate> candidates = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT f.story_id, f.weight, s.norm, s.first_published, s.last_published"
                + " FROM story_features f JOIN stories s ON s.id = f.story_id WHERE f.feature = ?")) {
      for (Map.Entry<String, Double> entry :
          ArticleVectors.heaviest(vector, PROBE_FEATURES).entrySet()) {
        select.setString(1, entry.getKey());
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            long storyId = rows.getLong(1);
            Candidate candidate = candidates.get(storyId);
            if (candidate == null) {
              double norm = rows.getDouble(3);
              candidate =
                  new Candidate(storyId, norm > 0 ? norm : 1, rows.getString(4), rows.getString(5));
              candidates.put(storyId, candidate);
            }
            candidate.partial += rows.getDouble(2) * entry.getValue();
          }
        }
      }
    }
    return candidates;
  }

  private double dot(Map<String, Double> vector, long storyId) throws SQLException {
    double dot = 0;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT feature, weight FROM story_features WHERE story_id = ?")) {
      select.setLong(1, storyId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          dot += vector.getOrDefault(rows.getString(1), 0.0) * rows.getDouble(2);
        }
      }
    }
    return dot;
  }

  private boolean inWindow(String published, Candidate candidate) {
    return inWindow(published, candidate.first, candidate.last, parameters.windowDays());
  }

  /**
   * Whether an article of this date (yyyy-mm-dd, or null) may join a story of this date range (null
   * when unknown): within {@code windowDays} before its first or after its last date.
   */
  static boolean inWindow(String published, String first, String last, int windowDays) {
    if (published == null || first == null || last == null) {
      return true;
    }
    LocalDate day = LocalDate.parse(published);
    return ChronoUnit.DAYS.between(LocalDate.parse(first), day) >= -windowDays
        && ChronoUnit.DAYS.between(LocalDate.parse(last), day) <= windowDays;
  }

  /** A story and its cosine similarity to the article. */
  record Match(long storyId, double similarity) {}

  /** A story sharing features with the article, with the partial dot product so far. */
  private static final class Candidate {
    final long storyId;
    final double norm;
    final String first;
    final String last;
    double partial;

    Candidate(long storyId, double norm, String first, String last) {
      this.storyId = storyId;
      this.norm = norm;
      this.first = first;
      this.last = last;
    }
  }
}
