package org.newsledger.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsledger.core.Document;
import org.newsledger.core.ErrorCode;
import org.newsledger.core.NewsledgerException;
import org.newsledger.store.resolve.LedgerEntity;
import org.newsledger.store.stories.Story;
import org.newsledger.store.stories.StoryParameters;

/**
 * The ledger across articles in one SQLite file (WAL mode): articles with their analysis and facts,
 * full-text indexes, near-duplicate links, ledger entities, events and claims across articles, and
 * stories. One writer at a time; methods are synchronized.
 */
public final class LedgerStore implements AutoCloseable {

  /** Tables whose row counts {@link #counts()} reports. */
  public static final List<String> TABLES =
      List.of(
          "articles",
          "entities",
          "entity_names",
          "mentions",
          "attributions",
          "times",
          "epistemic_acts",
          "article_bands",
          "ingest_failures",
          "ledger_entities",
          "entity_links",
          "stories",
          "story_articles",
          "events",
          "ledger_events",
          "claims",
          "ledger_claims");

  private static final String DIALECT = "sqlite";

  private final Path path;
  private final Connection connection;
  private final ArticleRows articles;
  private final LedgerQueries queries;
  private final StoryQueries stories;
  private final TimelineQueries timelines;

  private LedgerStore(Path path, Connection connection, StoryParameters storyParameters) {
    this.path = path;
    this.connection = connection;
    this.articles = new ArticleRows(connection, storyParameters);
    this.queries = new LedgerQueries(connection);
    this.stories = new StoryQueries(connection);
    this.timelines = new TimelineQueries(connection);
  }

  /** Opens the store at {@code path}, creating it and bringing its schema up to date. */
  public static LedgerStore open(Path path) {
    return open(path, StoryParameters.defaults());
  }

  /** Opens the store at {@code path}, clustering new articles into stories with the parameters. */
  public static LedgerStore open(Path path, StoryParameters storyParameters) {
    requireNonNull(path, "path is null");
    requireNonNull(storyParameters, "storyParameters is null");
    Connection connection = null;
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw failure("cannot open store " + path + ": no such folder " + parent, null);
      }
      connection = DriverManager.getConnection("jdbc:sqlite:" + path.toAbsolutePath());
      configure(connection);
      Migrations.apply(connection, DIALECT);
      return new LedgerStore(path, connection, storyParameters);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw failure("cannot open store " + path + ": " + e.getMessage(), e);
    }
  }

  /** The file this store lives in. */
  public Path path() {
    return path;
  }

  /** The schema version the store is at. */
  public synchronized int schemaVersion() {
    return call(() -> Migrations.currentVersion(connection));
  }

  /** Stores an analyzed article under its document id as source label. */
  public IngestResult put(Document analyzed) {
    return put(analyzed, analyzed.meta().id());
  }

  /**
   * Stores an analyzed article in one transaction: an exact duplicate is not stored again, a
   * near-duplicate is stored and linked to the article it copies.
   *
   * @param sourceLabel where the article was read from ("feed.xml#3", "folder/a.txt")
   */
  public synchronized IngestResult put(Document analyzed, String sourceLabel) {
    requireNonNull(analyzed, "analyzed is null");
    requireNonNull(sourceLabel, "sourceLabel is null");
    return call(() -> articles.put(analyzed, sourceLabel));
  }

  /**
   * Opens a batch: the puts and failures recorded until {@link #commitBatch()} are committed
   * together (an interruption loses the open batch only); each put still fails on its own.
   */
  public synchronized void beginBatch() {
    call(
        () -> {
          connection.setAutoCommit(false);
          return null;
        });
  }

  /** Commits the open batch, if any. */
  public synchronized void commitBatch() {
    call(
        () -> {
          if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
          }
          return null;
        });
  }

  /** The id of the article whose normalized text has this {@link ContentHash}, if stored. */
  public synchronized Optional<Long> find(String contentHash) {
    requireNonNull(contentHash, "contentHash is null");
    return call(() -> articles.find(contentHash));
  }

  /** Records an input that could not be read, analyzed or stored. */
  public synchronized void recordFailure(String label, String reason) {
    requireNonNull(label, "label is null");
    requireNonNull(reason, "reason is null");
    call(
        () -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO ingest_failures (id, label, reason, failed_at) VALUES"
                      + " ((SELECT COALESCE(MAX(id), 0) + 1 FROM ingest_failures), ?, ?, ?)")) {
            FactRows.bind(insert, label, reason, Instant.now().toString());
            return insert.executeUpdate();
          }
        });
  }

  /** Articles whose title or text match every word of {@code text}, best first. */
  public synchronized List<SearchHit> search(String text, int limit) {
    requireNonNull(text, "text is null");
    return call(() -> queries.search(text, limit));
  }

  /** Attributed statements whose content or source match every word of {@code text}. */
  public synchronized List<AttributedStatement> searchStatements(String text, int limit) {
    requireNonNull(text, "text is null");
    return call(() -> queries.searchStatements(text, limit));
  }

  /**
   * Every statement credited to the entity named {@code entityName} (its canonical name or an
   * alias, case-insensitive) across articles, oldest first.
   */
  public synchronized List<AttributedStatement> whoSaid(String entityName) {
    requireNonNull(entityName, "entityName is null");
    return call(() -> queries.whoSaid(FactRows.key(entityName)));
  }

  /** Statements made in a story's articles (who said what), oldest article first. */
  public synchronized List<AttributedStatement> storyStatements(long storyId) {
    return call(() -> queries.storyStatements(storyId));
  }

  /** The ledger entities one of whose names is {@code name} (case-insensitive), most seen first. */
  public synchronized List<LedgerEntity> ledgerEntities(String name) {
    requireNonNull(name, "name is null");
    return call(() -> LedgerEntityQueries.named(connection, FactRows.key(name)));
  }

  /** Every story, largest first. */
  public synchronized List<Story> stories() {
    return call(stories::stories);
  }

  /** The story the stored article belongs to; empty for an unknown article. */
  public synchronized Optional<Story> storyOf(long articleId) {
    return call(() -> stories.storyOf(articleId));
  }

  /** Ids of the articles of a story, oldest first; empty for an unknown story. */
  public synchronized List<Long> storyArticles(long storyId) {
    return call(() -> stories.articlesOf(storyId));
  }

  /**
   * Events whose actor or target is the entity named {@code entityName} (a name or alias of its
   * ledger entity, case-insensitive), ordered by event time, else publication time.
   */
  public synchronized List<TimelineEvent> timeline(String entityName) {
    requireNonNull(entityName, "entityName is null");
    return call(() -> timelines.ofEntity(FactRows.key(entityName)));
  }

  /** Events of a story's articles ordered by event time, else publication time. */
  public synchronized List<TimelineEvent> storyTimeline(long storyId) {
    return call(() -> timelines.ofStory(storyId));
  }

  /** Claims made in a story's articles with sources and history across articles, DISPUTED first. */
  public synchronized List<LedgerClaim> storyClaims(long storyId) {
    return call(() -> timelines.claimsOfStory(storyId));
  }

  /** Row counts of the {@link #TABLES}, in that order. */
  public synchronized Map<String, Long> counts() {
    return call(
        () -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
              try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                counts.put(table, rows.next() ? rows.getLong(1) : 0L);
              }
            }
          }
          return Map.copyOf(counts);
        });
  }

  /** Commits an open batch and closes the database file. */
  @Override
  public synchronized void close() {
    try {
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      connection.close();
    } catch (SQLException e) {
      throw failure("cannot close store " + path + ": " + e.getMessage(), e);
    }
  }

  private static void configure(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("PRAGMA synchronous = NORMAL");
      statement.execute("PRAGMA foreign_keys = ON");
      statement.execute("PRAGMA busy_timeout = 10000");
      statement.execute("PRAGMA cache_size = -65536");
      statement.execute("PRAGMA temp_store = MEMORY");
    }
  }

  private <T> T call(SqlCall<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failure("store " + path + ": " + e.getMessage(), e);
    }
  }

  private static NewsledgerException failure(String message, Throwable cause) {
    return new NewsledgerException(ErrorCode.INPUT_UNREADABLE, message, cause);
  }

  private static void closeQuietly(Connection connection) {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException e) {
      // Already failing to open: the first error is the one to report.
    }
  }

  /** A unit of JDBC work. */
  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException;
  }
}
