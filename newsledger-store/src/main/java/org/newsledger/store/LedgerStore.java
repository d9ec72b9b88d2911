package org.newsledger.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
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
import org.sqlite.SQLiteConfig;

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
  private boolean batch;

  /** Why the open batch was lost (SQLite rolled it back), or null. */
  private String lostBatch;

  /**
   * How long a write waits for another process's write to finish, ms: longer than any one batch (at
   * most 64 articles or a second of ingest).
   */
  private static final int BUSY_TIMEOUT_MILLIS = 120_000;

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

  /**
   * Opens the store at {@code path} for writing, creating it and bringing its schema up to date,
   * clustering new articles into stories with the parameters. A file that is not a newsledger
   * store, or that cannot be written, is refused before anything is read or analyzed.
   */
  public static LedgerStore open(Path path, StoryParameters storyParameters) {
    return open(path, storyParameters, List.of());
  }

  /**
   * {@link #open(Path, StoryParameters)}, running the given SQLite pragmas after the store's own
   * (tests limit the file with {@code max_page_count} to meet a full disk).
   */
  static LedgerStore open(Path path, StoryParameters storyParameters, List<String> pragmas) {
    requireNonNull(path, "path is null");
    requireNonNull(storyParameters, "storyParameters is null");
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw failure("cannot open store " + path + ": no such folder " + parent, null);
    }
    if (Files.exists(path) && !Files.isWritable(path)
        || parent != null && !Files.isWritable(parent)) {
      throw failure("cannot write store " + path + ": read-only", null);
    }
    Connection connection = null;
    try {
      connection = connect(path, false);
      if (Files.size(path) > 0 && !StoreFiles.isNewsledgerStore(connection)) {
        throw failure(path + " is not a newsledger store (it holds other tables)", null);
      }
      configure(connection);
      try (Statement statement = connection.createStatement()) {
        for (String pragma : pragmas) {
          statement.execute("PRAGMA " + pragma);
        }
      }
      Migrations.apply(connection, DIALECT);
      StoreFiles.probeWrite(connection);
      fillIndexes(connection);
      return new LedgerStore(path, connection, storyParameters);
    } catch (SQLException | IOException | NewsledgerException e) {
      closeQuietly(connection);
      throw e instanceof NewsledgerException known
          ? known
          : failure("cannot open store " + path + ": " + oneLine(e), e);
    }
  }

  /**
   * Opens an existing store for queries, read-only: never creates, upgrades or changes a file. A
   * missing file, a file that is not a newsledger store or one of another schema version is a
   * one-line error.
   */
  public static LedgerStore openExisting(Path path) {
    requireNonNull(path, "path is null");
    if (!Files.isRegularFile(path)) {
      throw failure(
          "no store at " + path + " (a store is made by 'newsledger ingest --db " + path + "')",
          null);
    }
    Connection connection = null;
    try {
      connection = connect(path, true);
      StoreFiles.requireCurrent(connection, path, Migrations.knownVersions(DIALECT));
      return new LedgerStore(path, connection, StoryParameters.defaults());
    } catch (SQLException | NewsledgerException e) {
      closeQuietly(connection);
      throw e instanceof NewsledgerException known
          ? known
          : failure("cannot read store " + path + ": " + oneLine(e), e);
    }
  }

  private static Connection connect(Path path, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return DriverManager.getConnection(
        "jdbc:sqlite:" + path.toAbsolutePath(), config.toProperties());
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }

  /** The file this store lives in. */
  public Path path() {
    return path;
  }

  /** The schema version the store is at. */
  public synchronized int schemaVersion() {
    return call(() -> Migrations.currentVersion(connection));
  }

  /** Pages the database file holds. */
  synchronized long pageCount() {
    return call(() -> FactRows.count(connection, "PRAGMA page_count"));
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
    return call(() -> putArticle(analyzed, sourceLabel));
  }

  private IngestResult putArticle(Document analyzed, String sourceLabel) throws SQLException {
    if (lostBatch != null) {
      throw failure(lostBatch, null);
    }
    try {
      return articles.put(analyzed, sourceLabel);
    } catch (SQLException e) {
      if (articles.takeTransactionLost()) {
        if (batch) {
          lostBatch = "store " + path + ": " + e.getMessage() + " (the open batch was rolled back)";
        } else {
          leaveTransaction();
        }
      }
      throw e;
    }
  }

  /**
   * Opens a batch: the puts and failures recorded until {@link #commitBatch()} are committed
   * together (an interruption loses the open batch only); each put still fails on its own.
   */
  public synchronized void beginBatch() {
    call(
        () -> {
          connection.setAutoCommit(false);
          batch = true;
          return null;
        });
  }

  /** Undoes the open batch, if any; never throws (it follows a failure already reported). */
  public synchronized void rollbackBatch() {
    batch = false;
    lostBatch = null;
    try {
      if (!connection.getAutoCommit()) {
        try {
          connection.rollback();
        } catch (SQLException e) {
          // SQLite rolled it back already; the failure that led here is the one reported.
        }
        leaveTransaction();
      }
    } catch (SQLException e) {
      // The failure that led here is the one reported.
    }
  }

  /** Commits the open batch, if any. */
  public synchronized void commitBatch() {
    String lost = lostBatch;
    batch = false;
    lostBatch = null;
    call(
        () -> {
          if (lost != null) {
            leaveTransaction();
            throw new SQLException(lost);
          }
          if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
          }
          return null;
        });
  }

  /**
   * Back to autocommit when SQLite may have ended the transaction on its own (the driver still
   * thinks one is open, and its closing COMMIT fails): an empty transaction is opened to be closed.
   */
  private void leaveTransaction() throws SQLException {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException noTransaction) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("BEGIN");
      }
      connection.setAutoCommit(true);
    }
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
    if (lostBatch != null) {
      throw failure(lostBatch, null);
    }
    call(
        () -> {
          boolean own = connection.getAutoCommit();
          connection.setAutoCommit(false);
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO ingest_failures (id, label, reason, failed_at) VALUES"
                      + " ((SELECT COALESCE(MAX(id), 0) + 1 FROM ingest_failures), ?, ?, ?)")) {
            FactRows.bind(insert, label, reason, Instant.now().toString());
            int rows = insert.executeUpdate();
            if (own) {
              connection.commit();
            }
            return rows;
          } finally {
            if (own) {
              connection.setAutoCommit(true);
            }
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

  /** Fills the claim indexes of a store made before them, in one transaction. */
  private static void fillIndexes(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try {
      new ClaimIndex(connection).fillIfAsked();
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static void configure(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
      statement.execute("PRAGMA synchronous = NORMAL");
      statement.execute("PRAGMA foreign_keys = ON");
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
