package org.newsledger.server;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A filtered, ordered, paginated SELECT: conditions are added only for the filters a request gives,
 * every value is bound as a parameter, and rows come back as maps keyed by column label.
 */
final class SqlList {

  private final String select;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  private SqlList(String select) {
    this.select = select;
  }

  /** A list over {@code select} ("SELECT ... FROM ..."), without WHERE or ORDER BY. */
  static SqlList of(String select) {
    return new SqlList(requireNonNull(select, "select is null"));
  }

  /** Adds the condition when the value is given, binding the value to each of its {@code ?}. */
  SqlList filter(Object value, String condition) {
    if (value == null) {
      return this;
    }
    conditions.add(condition);
    for (int i = 0; i < condition.length(); i++) {
      if (condition.charAt(i) == '?') {
        parameters.add(value);
      }
    }
    return this;
  }

  /** Runs the count and one page of the rows in {@code orderBy} order. */
  Page page(Connection connection, String orderBy, Paging paging) throws SQLException {
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    List<String> columns = new ArrayList<>();
    List<Map<String, Object>> total =
        rows(connection, "SELECT COUNT(*) AS n FROM (" + select + where + ")", parameters, null);
    List<Object> pageParameters = new ArrayList<>(parameters);
    pageParameters.add(paging.limit());
    pageParameters.add(paging.offset());
    List<Map<String, Object>> items =
        rows(
            connection,
            select + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
            pageParameters,
            columns);
    return new Page(columns, items, ((Number) total.get(0).get("n")).longValue(), paging);
  }

  /** The rows of a query as maps keyed by column label, in column order. */
  static List<Map<String, Object>> rows(Connection connection, String sql, List<Object> values)
      throws SQLException {
    return rows(connection, sql, values, null);
  }

  /** The rows of a query; adds the column labels to {@code columns} unless it is null. */
  private static List<Map<String, Object>> rows(
      Connection connection, String sql, List<Object> values, List<String> columns)
      throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        for (int c = 1; columns != null && c <= meta.getColumnCount(); c++) {
          columns.add(meta.getColumnLabel(c));
        }
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c), result.getObject(c));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
