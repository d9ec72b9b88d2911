package org.newsledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.newsledger.core.facts.EntityType;
import org.newsledger.store.resolve.EntityResolver;
import org.newsledger.store.resolve.LedgerEntity;

/** Reads ledger entities. */
final class LedgerEntityQueries {

  private LedgerEntityQueries() {}

  /** The ledger entity with this id; throws when there is none (a bug). */
  static LedgerEntity entity(Connection connection, long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT name, type, roles, article_count, first_seen, last_seen FROM ledger_entities"
                + " WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no ledger entity " + id);
        }
        String roles = rows.getString(3);
        return new LedgerEntity(
            id,
            rows.getString(1),
            EntityType.valueOf(rows.getString(2)),
            names(connection, id, rows.getString(1)),
            LedgerEntityRows.roleList(roles),
            rows.getInt(4),
            rows.getString(5),
            rows.getString(6));
      }
    }
  }

  /** Ledger entities one of whose names has this key, most articles first. */
  static List<LedgerEntity> named(Connection connection, String nameKey) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT e.id FROM ledger_entity_names n JOIN ledger_entities e ON e.id = n.ledger_entity_id"
                + " WHERE n.name_key = ? ORDER BY e.article_count DESC, e.id")) {
      select.setString(1, nameKey);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    List<LedgerEntity> entities = new ArrayList<>();
    for (long id : ids) {
      entities.add(entity(connection, id));
    }
    return List.copyOf(entities);
  }

  private static List<String> names(Connection connection, long id, String canonical)
      throws SQLException {
    List<String> names = new ArrayList<>();
    names.add(EntityResolver.key(canonical));
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT name_key FROM ledger_entity_names WHERE ledger_entity_id = ? ORDER BY name_key")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          if (!names.contains(rows.getString(1))) {
            names.add(rows.getString(1));
          }
        }
      }
    }
    return names;
  }
}
