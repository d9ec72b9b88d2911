package org.newsledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsledger.core.facts.ClaimStatus;
import org.newsledger.io.ReadOptions;

class ClaimIndexTest {

  private static final List<String> INDEXES =
      List.of("story_claim_words", "ledger_event_claims", "ledger_claim_sources");

  @TempDir Path dir;

  @Test
  void nearIdenticalPropositionsAlwaysShareAPrefixWord() {
    String[] vocabulary =
        "a the port of strike workers valmora said closed on monday union 40 bridge".split(" ");
    Random random = new Random(7);
    int nearIdentical = 0;
    for (int i = 0; i < 50_000; i++) {
      String left = proposition(vocabulary, random);
      String right =
          random.nextBoolean()
              ? proposition(vocabulary, random)
              : left + vocabulary[random.nextInt(vocabulary.length)];
      if (Propositions.similarity(left, right) >= Propositions.NEAR_IDENTICAL) {
        nearIdentical++;
        Set<String> shared = new HashSet<>(Propositions.prefixWords(left));
        shared.retainAll(Propositions.prefixWords(right));
        assertThat(shared).as(left + " / " + right).isNotEmpty();
      }
    }
    assertThat(nearIdentical).isGreaterThan(1_000);
    assertThat(Propositions.prefixWords("The port of Valmora closed the bridge on Monday"))
        .containsExactly("valmora", "bridge", "closed");
  }

  @Test
  void keptStatusesDatesAndCountsEqualTheirRecomputationFromEveryArticle() throws Exception {
    Path db = ingestStory(60);
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      List<String> kept =
          rows(
              connection,
              "SELECT id, status, first_published, last_published, article_count"
                  + " FROM ledger_claims ORDER BY id");
      List<String> recomputed = new ArrayList<>();
      for (String row : rows(connection, "SELECT id FROM ledger_claims ORDER BY id")) {
        recomputed.add(recompute(connection, Long.parseLong(row)));
      }
      assertThat(kept).hasSizeGreaterThan(10).isEqualTo(recomputed);
      assertThat(rows(connection, "SELECT id, article_count FROM ledger_events ORDER BY id"))
          .isEqualTo(
              rows(
                  connection,
                  "SELECT l.id, (SELECT COUNT(DISTINCT article_id) FROM events e"
                      + " WHERE e.ledger_event_id = l.id) FROM ledger_events l ORDER BY l.id"));
    }
  }

  @Test
  void fillsTheIndexesOfAnOlderStoreAsIngestKeepsThem() throws Exception {
    Path db = ingestStory(40);
    List<List<String>> kept = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement()) {
      for (String table : INDEXES) {
        kept.add(rows(connection, "SELECT * FROM " + table).stream().sorted().toList());
        statement.execute("DELETE FROM " + table);
      }
      statement.execute("INSERT INTO store_tasks (name) VALUES ('" + ClaimIndex.TASK + "')");
    }

    LedgerStore.open(db).close();

    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      for (int i = 0; i < INDEXES.size(); i++) {
        assertThat(rows(connection, "SELECT * FROM " + INDEXES.get(i)).stream().sorted().toList())
            .as(INDEXES.get(i))
            .isNotEmpty()
            .isEqualTo(kept.get(i));
      }
      assertThat(rows(connection, "SELECT name FROM store_tasks")).isEmpty();
    }
  }

  private Path ingestStory(int articles) throws Exception {
    Path db = dir.resolve("ledger.db");
    try (LedgerStore store = LedgerStore.open(db)) {
      for (Path day : TestArticles.writeStoryFolders(dir.resolve("articles"), 0, articles)) {
        Ingester.of(store, new FakeAnalyzer())
            .withOptions(new ReadOptions(day.getFileName().toString()))
            .ingest(List.of(day.toString()));
      }
    }
    return db;
  }

  /** A ledger claim's row as the store computed it before it kept statuses per source. */
  private static String recompute(Connection connection, long id) throws SQLException {
    List<String> history =
        rows(
            connection,
            "SELECT h.by_name, h.status FROM claim_history h JOIN claims c"
                + " ON c.article_id = h.article_id AND c.claim_id = h.claim_id"
                + " JOIN articles a ON a.id = c.article_id WHERE c.ledger_claim_id = "
                + id
                + " ORDER BY a.published, a.id, h.position");
    Map<String, ClaimStatus> bySource = new LinkedHashMap<>();
    ClaimStatus latest = null;
    for (String row : history) {
      String[] fields = row.split("\\|", -1);
      latest = ClaimStatus.valueOf(fields[1]);
      bySource.put(FactRows.key(fields[0]), latest);
    }
    String status =
        latest == null
            ? rows(connection, "SELECT status FROM ledger_claims WHERE id = " + id).get(0)
            : Propositions.combine(new ArrayList<>(bySource.values()), latest).name();
    return id
        + "|"
        + status
        + "|"
        + rows(
                connection,
                "SELECT MIN(a.published), MAX(a.published), COUNT(DISTINCT c.article_id)"
                    + " FROM claims c JOIN articles a ON a.id = c.article_id"
                    + " WHERE c.ledger_claim_id = "
                    + id)
            .get(0);
  }

  private static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(result.getString(i)));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }

  private static String proposition(String[] vocabulary, Random random) {
    StringBuilder text = new StringBuilder();
    int words = 1 + random.nextInt(10);
    for (int i = 0; i < words; i++) {
      text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
    }
    return text.toString();
  }
}
